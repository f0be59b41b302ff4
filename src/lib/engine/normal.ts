/**
 * Standard normal draws by the ziggurat method of Marsaglia & Tsang (2000), "The Ziggurat
 * Method for Generating Random Variables", J. Stat. Softw. 5(8), with 128 layers.
 * Unlike the paper's RNOR, one 32-bit word is split into independent fields (layer: bits 0–6,
 * sign: bit 7, magnitude: bits 8–31), which avoids the correlation between the layer index and
 * the value noted by Doornik (2005) when the same bits serve both.
 */
import type { Xoshiro128 } from './random';
import { exp, log } from './portableMath';

const LAYERS = 128;
const MAGNITUDE = 16777216; // 2^24 values of the 24-bit magnitude field

/** Right edge of the base layer and the area of every layer, from the paper for 128 layers. */
const R = 3.442619855899;
const V = 9.91256303526217e-3;

const K = new Float64Array(LAYERS);
const W = new Float64Array(LAYERS);
const F = new Float64Array(LAYERS);

buildTables();

/** Layer edges x_i from x_{i−1} = f⁻¹(V / x_i + f(x_i)), f(x) = exp(−x²/2), as in zigset. */
function buildTables(): void {
  const q = V / exp(-0.5 * R * R);
  K[0] = Math.floor((R / q) * MAGNITUDE);
  K[1] = 0;
  W[0] = q / MAGNITUDE;
  W[LAYERS - 1] = R / MAGNITUDE;
  F[0] = 1;
  F[LAYERS - 1] = exp(-0.5 * R * R);

  let x = R;
  for (let i = LAYERS - 2; i >= 1; i--) {
    const inner = Math.sqrt(-2 * log(V / x + exp(-0.5 * x * x)));
    K[i + 1] = Math.floor((inner / x) * MAGNITUDE);
    x = inner;
    F[i] = exp(-0.5 * x * x);
    W[i] = x / MAGNITUDE;
  }
}

/** One draw from N(0, 1). Allocation-free; about 99% of draws take the first return. */
export function standardNormal(rng: Xoshiro128): number {
  return normalFromWord(rng, rng.nextUint32());
}

/**
 * The draw standardNormal makes when its first 32-bit word is `word` (only its bits count, so
 * an int32 will do); rejections go on with the next words of `rng`. Hot loops inline the
 * first test with SIGNED_WIDTHS and LAYER_LIMITS and call this only when it fails.
 */
export function normalFromWord(rng: Xoshiro128, word: number): number {
  for (let u = word; ; u = rng.nextUint32()) {
    const i = u & 127;
    const sign = 1 - ((u >>> 6) & 2);
    const m = u >>> 8;
    const x = m * W[i];
    if (m < K[i]) return sign * x;

    if (i === 0) return sign * tail(rng);
    if (underDensity(rng, i, x)) return sign * x;
  }
}

/**
 * Whether a uniform point in layer i's wedge at x lies under the density exp(−x²/2). A function
 * of its own so that V8 inlines exp here and not into normalFromWord, which then stays small
 * enough to inline where it is called: inside it, standardNormal took twice the time.
 */
function underDensity(rng: Xoshiro128, i: number, x: number): boolean {
  return F[i] + rng.nextFloat() * (F[i - 1] - F[i]) < exp(-0.5 * x * x);
}

/**
 * A word u whose magnitude m = u >>> 8 is below LAYER_LIMITS[u & 127] gives the draw
 * m · SIGNED_WIDTHS[u & 255], bit for bit the sign · x of normalFromWord: the table holds
 * each layer's width twice, negated where bit 7 (the sign bit) is set. Read-only.
 */
export const LAYER_LIMITS: Readonly<Float64Array> = K;
export const SIGNED_WIDTHS: Readonly<Float64Array> = Float64Array.from(
  { length: 2 * LAYERS },
  (_, j) => (j < LAYERS ? W[j] : -W[j - LAYERS]),
);

/** Beyond R: Marsaglia's (1964) exponential rejection for the normal tail. */
function tail(rng: Xoshiro128): number {
  for (;;) {
    const x = -log(rng.nextFloat()) / R;
    const y = -log(rng.nextFloat());
    if (y + y > x * x) return R + x;
  }
}
