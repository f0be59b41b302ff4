/**
 * The table behind the portable log. For each step i of 1/256 in [√½, √2): a reciprocal c_i of
 * the step's middle that is a multiple of 2^−7 (1 for the two steps around 1), the offset
 * a_i = (i/256)·c_i − 1 (exact), and −log c_i + a_i to about 93 bits as hi + lo, hi a multiple
 * of 2^−40. For m in step i, m·c_i − 1 = a_i + (m − i/256)·c_i, the product exact as m − i/256
 * has at most 45 bits and c_i at most 8. Built once, from exact arithmetic, so that it holds the
 * same bits in every JavaScript engine.
 *
 * −log c = −2 atanh s with s = (c − 1)/(c + 1), |s| < 0.18: c ± 1 are exact, the quotient and
 * the series run in double-double, until a term is below 2^−110 of the sum.
 */
import { add, divide, fastTwoSum, multiply } from './doubleDouble';

export const LOG_STEPS = 256;

/** 2^−110, written out: the bits of `**` are each engine's own. */
const NEGLIGIBLE = 7.703719777548943e-34;

/** Indexed by floor(256·m) for m in [√½, √2): entries 181 to 362; those below are unused. */
export const RECIPROCALS = new Float64Array(363);
export const OFFSETS = new Float64Array(363);
export const BASE_HI = new Float64Array(363);
export const BASE_LO = new Float64Array(363);

for (let i = 181; i <= 362; i++) {
  const c = i === 255 || i === 256 ? 1 : Math.round((128 * LOG_STEPS) / (i + 0.5)) / 128;
  const offset = (i / LOG_STEPS) * c - 1;
  RECIPROCALS[i] = c;
  OFFSETS[i] = offset;
  const [hi, lo] = add(...minusLog(c), offset, 0);
  BASE_HI[i] = Math.round(hi * 1099511627776) / 1099511627776;
  BASE_LO[i] = hi - BASE_HI[i] + lo;
}

function minusLog(c: number): [number, number] {
  if (c === 1) return [0, 0];
  let [sHi, sLo] = divide(c - 1, 0, c + 1);
  const [zHi, zLo] = multiply(sHi, sLo, sHi, sLo);
  let [sumHi, sumLo] = [sHi, sLo];
  for (let k = 3; Math.abs(sHi) > Math.abs(sumHi) * NEGLIGIBLE; k += 2) {
    [sHi, sLo] = multiply(sHi, sLo, zHi, zLo);
    const [tHi, tLo] = divide(sHi, sLo, k);
    [sumHi, sumLo] = add(sumHi, sumLo, tHi, tLo);
  }
  return fastTwoSum(-2 * sumHi, -2 * sumLo);
}
