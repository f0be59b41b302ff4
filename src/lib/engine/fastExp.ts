/**
 * exp(x) by a table of 2^(j/2048) and a short polynomial, for the draw loop. V8's
 * Math.exp is a call into C (fdlibm's exp) that cost about 9 ns per call here, as much as the
 * normal draw it follows; this one is inlined and takes about 4 ns.
 *
 * exp(x) = 2^k · 2^(j/2048) · e^r with n = round(2048·x/ln2) = 2048k + j and
 * r = x − n·ln2/2048, |r| ≤ ln2/4096; e^r − 1 by its Taylor series to r³ (the next term is
 * below 4e-17 relative). It is within 1.5 ulp of the true value (1.22 at worst measured, and
 * over 1 ulp for about one x in 500), not bit for bit the portable exp (tested over the whole
 * range). Outside |x| < 708, and for NaN, it calls the portable exp, which also handles the
 * overflow, the subnormal results and ±∞. The 16 KiB table bought a shorter polynomial: 5 %
 * less time per draw than 128 steps and a polynomial to r⁵.
 * wasm/kernel.wat repeats it step for step; change both together.
 */

import { EXP_STEPS as STEPS, FRACTION_HI, POWERS_OF_TWO } from './expTables';
import { exp } from './portableMath';

/**
 * 2^(j/2048) rounded to nearest. Not `2 ** (j / STEPS)`: V8's Math.pow rounds 210 of these
 * differently in Node 20 and in Chromium 150, which made the CLI's draws differ from the app's.
 */
const FRACTION_POWERS = FRACTION_HI;

/** 2^(i − 1023) for i in [0, 2048): every normal power of two, indexed without a bias step. */
const POWERS = POWERS_OF_TWO;

const STEPS_PER_LN2 = STEPS / Math.LN2;

/**
 * ln 2 split as in fdlibm: the high part has 32 significant bits, so n·LN2_HI is exact for
 * |n| < 2^21, which |x| < 708 keeps (|n| < 2.1e6), and dividing by 2048 is exact.
 */
const LN2_HI = 6.9314718036912381649e-1 / STEPS;
const LN2_LO = 1.90821492927058770002e-10 / STEPS;

/** Adding it makes 2048·x/ln2 positive, so truncation to int32 rounds it half up. */
const BIAS = 1023 * STEPS;

/** Below this |x| every result is a normal double and the table covers 2^k. */
const LIMIT = 708;

export function fastExp(x: number): number {
  if (!(Math.abs(x) < LIMIT)) return exp(x);

  const biased = (x * STEPS_PER_LN2 + (BIAS + 0.5)) | 0;
  const n = biased - BIAS;
  const r = x - n * LN2_HI - n * LN2_LO;

  const q = r + r * r * (1 / 2 + r * (1 / 6));
  const scale = POWERS[biased >> 11] * FRACTION_POWERS[biased & (STEPS - 1)];
  return scale + scale * q;
}

/**
 * The two tables, for the WebAssembly kernel (wasm/kernel.wat), which copies them into its
 * memory. Aliases, not the exports of the constants themselves: fastExp's own reads stay on
 * module-private bindings, which V8 folds into its code.
 */
export const EXP_FRACTION_POWERS: Readonly<Float64Array> = FRACTION_POWERS;
export const EXP_POWERS: Readonly<Float64Array> = POWERS;
