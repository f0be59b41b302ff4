/**
 * The draw loop of a trial: lognormal sales for every rep-period cell.
 */
import { fastExp } from './fastExp';
import { LAYER_LIMITS, normalFromWord, SIGNED_WIDTHS } from './normal';
import type { Xoshiro128 } from './random';

// Copies owned by this module: V8 folds a module's own constants into the loop's code, while
// it reads an imported binding through its module cell and checks it at every use.
const WIDTHS = SIGNED_WIDTHS.slice();
const LIMITS = LAYER_LIMITS.slice();
const exp = fastExp;
const rest = normalFromWord;

/**
 * Sets out[i] = e^(logMu[i] + logSigma[i]·Z_i), Z_i the draws standardNormal(rng) would give
 * one after another, and returns their sum (added in cell order). The generator's state stays
 * in locals for the whole loop and the ziggurat's first test is inlined; the ~1% of words that
 * fail it go through normalFromWord. The exp is fastExp, within 1.5 ulp of the true value.
 * wasm/kernel.wat repeats this loop step for step and runs in its place where WebAssembly
 * compiles (simulate.ts); change both together: test/unit/engine/wasm holds them to the same bits.
 */
export function drawLognormals(
  rng: Xoshiro128,
  logMu: Float64Array,
  logSigma: Float64Array,
  out: Float64Array,
): number {
  let s0 = rng.s0 | 0;
  let s1 = rng.s1 | 0;
  let s2 = rng.s2 | 0;
  let s3 = rng.s3 | 0;
  let total = 0;

  for (let i = 0; i < out.length; i++) {
    // xoshiro128** as in Xoshiro128.nextUint32, left as an int32: only its bits are used.
    const product = Math.imul(s1, 5);
    const u = Math.imul((product << 7) | (product >>> 25), 9);
    const shifted = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= shifted;
    s3 = (s3 << 11) | (s3 >>> 21);

    const m = u >>> 8;
    let z = m * WIDTHS[u & 255];
    if (!(m < LIMITS[u & 127])) {
      rng.s0 = s0;
      rng.s1 = s1;
      rng.s2 = s2;
      rng.s3 = s3;
      z = rest(rng, u);
      s0 = rng.s0 | 0;
      s1 = rng.s1 | 0;
      s2 = rng.s2 | 0;
      s3 = rng.s3 | 0;
    }

    const y = exp(logMu[i] + logSigma[i] * z);
    out[i] = y;
    total += y;
  }

  rng.s0 = s0;
  rng.s1 = s1;
  rng.s2 = s2;
  rng.s3 = s3;
  return total;
}
