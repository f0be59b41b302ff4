/**
 * 2^(j/2048) to about 104 bits, as hi + lo with hi the value rounded to the nearest double, from
 * IEEE-exact +, −, × and / alone, so that every JavaScript engine gets the same bits. `2 ** x`
 * does not: Node 20's V8 and Chromium 150's differ in the last bit for about one x in ten (210
 * of the 2048 table entries).
 *
 * The sum of e^y's Taylor series, y = (j/2048)·ln 2 < ln 2, runs in double-double arithmetic
 * (Dekker 1971): hi + lo lies within 2^−103 of the true value, so hi rounds correctly unless
 * that lies within 2^−103 of a halfway point (no j in 0..2047 does; the unit test checks them
 * all, and the bound itself).
 */
import { add, divide, fastTwoSum, multiply, twoProduct } from './doubleDouble';

/** ln 2 as a double-double: LN2_HI + LN2_LO within 2^−106 of it. */
export const LN2_HI = 0.6931471805599453;
export const LN2_LO = 2.3190468138462996e-17;

/** Terms of the series: for y < ln 2, y^k/k! is below 2^−106 from k = 27 on. */
const TERMS = 30;

/**
 * 2^(j/steps) for an integer j with 0 ≤ j < steps, steps a power of two, as [hi, lo]: hi is
 * the nearest double and lo the rest, |lo| ≤ ulp(hi)/2.
 */
export function twoToFraction(j: number, steps: number): [number, number] {
  // y = (j/steps)·ln 2: j/steps is exact, twoProduct gives its product with LN2_HI exactly
  // and the product with LN2_LO adds the rest to well below 2^−106.
  const f = j / steps;
  let [yHi, yLo] = twoProduct(f, LN2_HI);
  yLo += f * LN2_LO;
  [yHi, yLo] = fastTwoSum(yHi, yLo);

  // sum = 1 + y + y²/2! + …, each term the previous · y / k in double-double.
  let sumHi = 1;
  let sumLo = 0;
  let termHi = 1;
  let termLo = 0;
  for (let k = 1; k <= TERMS; k++) {
    [termHi, termLo] = multiply(termHi, termLo, yHi, yLo);
    [termHi, termLo] = divide(termHi, termLo, k);
    [sumHi, sumLo] = add(sumHi, sumLo, termHi, termLo);
  }
  return [sumHi, sumLo];
}
