/**
 * Seedable random streams: xoshiro128** 1.1 (Blackman & Vigna 2018, "Scrambled linear
 * pseudorandom number generators"),
 * 32-bit arithmetic via Math.imul, period 2^128 − 1. Each stream's 128-bit state is derived
 * from (seed, stream label, index) by a splitmix-style hash, so a trial's draws depend only on
 * the seed and the trial number, never on how trials are grouped into blocks or workers.
 */

const TWO_POW_32 = 4294967296;

/** A xoshiro128** generator; create it with trialStream or namedStream. */
export class Xoshiro128 {
  /**
   * The state words as int32. Public so that a hot loop (drawLognormals) can keep them in
   * locals for a whole trial and write them back, instead of loading and storing four fields
   * per draw; anything else should step the generator through its methods.
   */
  s0 = 0;
  s1 = 0;
  s2 = 0;
  s3 = 0;

  constructor(s0: number, s1: number, s2: number, s3: number) {
    this.setState(s0, s1, s2, s3);
  }

  /** Replaces the state; an all-zero state is the one fixed point, so it is nudged off it. */
  setState(s0: number, s1: number, s2: number, s3: number): void {
    this.s0 = s0 | 0;
    this.s1 = s1 | 0;
    this.s2 = s2 | 0;
    this.s3 = s3 | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** Next output as an unsigned 32-bit integer. */
  nextUint32(): number {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;

    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result >>> 0;
  }

  /** Uniform on the open interval (0, 1) with 32-bit resolution: safe to take a log of. */
  nextFloat(): number {
    return (this.nextUint32() + 0.5) / TWO_POW_32;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * A bijective 32-bit mixer ("lowbias32", C. Wellons, Prospecting for hash functions, 2018);
 * bijective means distinct trial numbers can never be hashed to the same state word.
 */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x21f0aaad);
  x ^= x >>> 15;
  x = Math.imul(x, 0x735a2d97);
  x ^= x >>> 15;
  return x >>> 0;
}

/** FNV-1a over the UTF-16 code units of a label, then mixed. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  return mix32(h);
}

const TRIAL_DOMAIN = hashLabel('\u0000trial');
const GOLDEN_GAMMA = 0x9e3779b9;

/** Seeds `rng` (or a new generator) with the stream of (seed, domain, index). */
function seedStream(seed: number, domain: number, index: number, rng?: Xoshiro128): Xoshiro128 {
  if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`bad seed ${seed}`);
  if (!Number.isInteger(index) || index < 0 || index >= TWO_POW_32) {
    throw new RangeError(`bad stream index ${index}`);
  }

  const lo = seed >>> 0;
  const hi = Math.floor(seed / TWO_POW_32) >>> 0;
  const base = mix32(mix32(lo ^ mix32(hi + GOLDEN_GAMMA)) ^ domain);

  const s0 = stateWord(base, 0, index);
  const s1 = stateWord(base, 1, index);
  const s2 = stateWord(base, 2, index);
  const s3 = stateWord(base, 3, index);
  if (rng === undefined) return new Xoshiro128(s0, s1, s2, s3);
  rng.setState(s0, s1, s2, s3);
  return rng;
}

/** Splitmix-style: word j mixes the index into its own golden-ratio offset of the base key. */
function stateWord(base: number, j: number, index: number): number {
  return mix32(mix32((base + Math.imul(j + 1, GOLDEN_GAMMA)) >>> 0) ^ index);
}

/** The stream of one Monte Carlo trial; pass `reuse` to reseed a generator without allocating. */
export function trialStream(seed: number, trial: number, reuse?: Xoshiro128): Xoshiro128 {
  return seedStream(seed, TRIAL_DOMAIN, trial, reuse);
}

/** A stream for a purpose other than trials (e.g. 'boss' for the boss's estimation noise). */
export function namedStream(seed: number, label: string, index = 0): Xoshiro128 {
  return seedStream(seed, hashLabel(label), index);
}

/**
 * A seed of 53 bits drawn from the run's seed for the per-trial streams of one purpose
 * (trialStream(labelledSeed(seed, 'duties'), k)), apart from the trials' own sales.
 */
export function labelledSeed(seed: number, label: string): number {
  const rng = namedStream(seed, label);
  return rng.nextUint32() * 2 ** 21 + (rng.nextUint32() >>> 11);
}
