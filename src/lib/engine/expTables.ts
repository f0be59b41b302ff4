/**
 * The tables behind fastExp and the portable exp: 2^(j/2048) to about 104 bits, split into its
 * nearest double and the rest, and every normal power of two. Built once, from exact
 * arithmetic, so that they hold the same bits in every JavaScript engine.
 */
import { twoToFraction } from './twoToFraction';

export const EXP_STEPS = 2048;

/** 2^(j/2048) rounded to nearest, and the rest: hi + lo is within 2^−103 of it. */
export const FRACTION_HI = new Float64Array(EXP_STEPS);
export const FRACTION_LO = new Float64Array(EXP_STEPS);
for (let j = 0; j < EXP_STEPS; j++) {
  [FRACTION_HI[j], FRACTION_LO[j]] = twoToFraction(j, EXP_STEPS);
}

/**
 * 2^(i − 1023) for i in [0, 2048): from 2^−1023 to 2^1023 and ∞ at the end, made by doubling
 * and halving (exact) rather than by `**`, whose bits the language leaves to the engine.
 */
export const POWERS_OF_TWO = new Float64Array(2048);
POWERS_OF_TWO[1023] = 1;
for (let i = 1024; i < 2048; i++) POWERS_OF_TWO[i] = POWERS_OF_TWO[i - 1] * 2;
for (let i = 1022; i >= 0; i--) POWERS_OF_TWO[i] = POWERS_OF_TWO[i + 1] / 2;
