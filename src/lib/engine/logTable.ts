/**
 * The table behind the portable log, indexed by the bits of m in [√½, √2): entry j covers the
 * m whose high word, less 0x3fe6a000, is j·2^12, that is [b_j, b_{j+1}) with b_j the entry's
 * base (steps of 2^−9 below 1 and 2^−8 above). Each holds b_j, a reciprocal c_j of the step's
 * middle with 9 significant bits (1 for the two steps around 1), the offset a_j = b_j·c_j − 1
 * (exact), and −log c_j + a_j to about 93 bits as hi + lo, hi a multiple of 2^−40. For m in
 * step j, m·c_j − 1 = a_j + (m − b_j)·c_j, the product exact as m − b_j has at most 44 bits.
 * Built once, from exact arithmetic, so that it holds the same bits in every JavaScript engine.
 *
 * −log c = −2 atanh s with s = (c − 1)/(c + 1), |s| < 0.18: c ± 1 are exact, the quotient and
 * the series run in double-double, until a term is below 2^−110 of the sum.
 */
import { add, divide, fastTwoSum, multiply } from './doubleDouble';

/** The high word of the first base, just below √½; step j adds j·2^12 to it. */
export const LOG_TABLE_HIGH = 0x3fe6a000;
const ENTRIES = 257;

/** 2^−110, written out: the bits of `**` are each engine's own. */
const NEGLIGIBLE = 7.703719777548943e-34;

export const BASES = new Float64Array(ENTRIES + 1);
export const RECIPROCALS = new Float64Array(ENTRIES);
export const OFFSETS = new Float64Array(ENTRIES);
export const BASE_HI = new Float64Array(ENTRIES);
export const BASE_LO = new Float64Array(ENTRIES);

const word = new Float64Array(1);
const words = new Int32Array(word.buffer);
const high = new Int32Array(Float64Array.of(1).buffer)[1] === 0x3ff00000 ? 1 : 0;
for (let j = 0; j <= ENTRIES; j++) {
  words[high] = LOG_TABLE_HIGH + j * 4096;
  words[1 - high] = 0;
  BASES[j] = word[0];
}

for (let j = 0; j < ENTRIES; j++) {
  const base = BASES[j];
  // 9 significant bits: multiples of 2^−8 above 1, of 2^−9 below.
  const unit = base < 1 ? 256 : 512;
  const c =
    base === 1 || BASES[j + 1] === 1 ? 1 : Math.round(unit / ((base + BASES[j + 1]) / 2)) / unit;
  const offset = base * c - 1;
  RECIPROCALS[j] = c;
  OFFSETS[j] = offset;
  const [hi, lo] = add(...minusLog(c), offset, 0);
  BASE_HI[j] = Math.round(hi * 1099511627776) / 1099511627776;
  BASE_LO[j] = hi - BASE_HI[j] + lo;
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
