/**
 * exp, expm1, log and log1p from IEEE-exact operations alone (+, −, ×, /, and reading a
 * double's exponent bits), so that every JavaScript engine gives the same bits. The language
 * leaves Math's transcendental functions to each engine: Chromium 156 and Node 20 differ in the
 * last bit for about one exp in twelve and one log in 250, which made the page's figures differ
 * from the CLI's.
 *
 * Each works in a little more than double precision and rounds once at the end: the result is
 * the correctly rounded one except when the true value lies within about 2^−58 relative of a
 * halfway point, and then one ulp off. So it is within one ulp of any Math that is itself
 * within one ulp of the truth. Special values follow Math: ±0, ±∞, NaN, subnormals.
 *
 * exp: x = (2048k + j)·ln2/2048 + r with |r| ≤ ln2/4096, e^x = 2^k · 2^(j/2048) · e^r, the
 * table value to 104 bits and e^r − 1 by Taylor to r⁴ (the next term is below 2^−69).
 * log: x = 2^k·m with m in [√½, √2], log m = 2 atanh s, s = (m − 1)/(m + 1) to 106 bits,
 * |s| ≤ 0.172, and atanh's series to s²³ (the next term is below 2^−65 relative).
 */
import { EXP_STEPS, FRACTION_HI, FRACTION_LO, POWERS_OF_TWO } from './expTables';
import { LN2_HI, LN2_LO } from './twoToFraction';

const STEPS_PER_LN2 = EXP_STEPS / Math.LN2;

/**
 * ln 2 split so that a whole multiple of its high part is exact: 28 significant bits for
 * n·ln2/2048 with |n| < 2^23 (exp), 40 for k·ln2 with |k| < 2^11 (log).
 */
const LN2_28 = Math.round(LN2_HI * 268435456) / 268435456;
const STEP_HI = LN2_28 / EXP_STEPS;
const STEP_LO = (LN2_HI - LN2_28 + LN2_LO) / EXP_STEPS;
const LN2_40 = Math.round(LN2_HI * 1099511627776) / 1099511627776;
const LN2_40_LO = LN2_HI - LN2_40 + LN2_LO;

/** Below it exp is a normal double and the main path scales by the table's 2^k. */
const NORMAL_LIMIT = 708;
/** e^x rounds to ∞ beyond ln(2^1024) ≈ 709.78 and to 0 below ln(2^−1075) ≈ −745.13. */
const OVERFLOW = 710;
const UNDERFLOW = -746;

/** Below it, x + x²/2 rounds to x: expm1 and log1p give x itself, ±0 included. */
const TINY = 5.551115123125783e-17; // 2^−54
/** Below it expm1 sums its Taylor series; the next term after x⁸/8! is below 2^−66 relative. */
const SERIES_LIMIT = 0.015625; // 2^−6
/** Below it, e^x − 1 rounds to −1. */
const MINUS_ONE_BELOW = -40;

const LEAST_NORMAL = POWERS_OF_TWO[1];
const SPLITTER = 134217729; // 2^27 + 1, Veltkamp's

/** One double seen as two int32 words; HIGH picks its sign and exponent word. */
const WORD = new Float64Array(1);
const WORDS = new Int32Array(WORD.buffer);
const HIGH = new Int32Array(Float64Array.of(1).buffer)[1] === 0x3ff00000 ? 1 : 0;
const SUBNORMAL_HIGH = 0x00100000;
/** The high word of √2; mantissas above it take the next power of two. */
const SQRT2_HIGH = 0x3ff6a09e;
const SQRT2 = 1.4142135623730951;
const SQRT_HALF = 0.7071067811865476;

export function exp(x: number): number {
  if (!(Math.abs(x) < NORMAL_LIMIT)) return expBeyond(x);

  const n = Math.round(x * STEPS_PER_LN2);
  const r = x - n * STEP_HI - n * STEP_LO;
  const p = r + r * r * (1 / 2 + r * (1 / 6 + r * (1 / 24)));
  const j = n & (EXP_STEPS - 1);
  const hi = FRACTION_HI[j];
  return (hi + (FRACTION_LO[j] + hi * p)) * POWERS_OF_TWO[(n >> 11) + 1023];
}

/** exp outside ±708: NaN, ±∞, overflow, and results near or below the least normal double. */
function expBeyond(x: number): number {
  if (x !== x) return x;
  if (x > OVERFLOW) return Infinity;
  if (x < UNDERFLOW) return 0;

  const n = Math.round(x * STEPS_PER_LN2);
  const r = x - n * STEP_HI - n * STEP_LO;
  const p = r + r * r * (1 / 2 + r * (1 / 6 + r * (1 / 24)));
  const j = n & (EXP_STEPS - 1);
  const hi = FRACTION_HI[j];
  const rest = FRACTION_LO[j] + hi * p;
  const k = n >> 11;
  // 2^k in two steps: the table's last entry, 2^1024, is ∞.
  if (k > 0) return (hi + rest) * POWERS_OF_TWO[k + 1022] * 2;

  // Here k ≤ −1022. In units of 2^−1022 the result w = a + b is below 2, where the grid of
  // subnormals (2^−1074) is 2^−52: the grid of doubles in [1, 2). Adding 1 to a w below 1
  // rounds it there once; a w in [1, 2) lies on that grid already.
  const scale = POWERS_OF_TWO[k + 2045];
  const a = hi * scale;
  const b = rest * scale;
  if (a + b >= 1) return (a + b) * LEAST_NORMAL;
  const t = 1 + a;
  const e = 1 - t + a; // exact: a ≤ 1 here (Dekker's two-sum)
  return (t + (e + b) - 1) * LEAST_NORMAL;
}

export function expm1(x: number): number {
  const size = Math.abs(x);
  if (size < SERIES_LIMIT) {
    if (size < TINY) return x;
    const high = 1 / 120 + x * (1 / 720 + x * (1 / 5040 + x * (1 / 40320)));
    return x + x * x * (1 / 2 + x * (1 / 6 + x * (1 / 24 + x * high)));
  }
  if (!(size < NORMAL_LIMIT)) return x !== x || x > 0 ? exp(x) : -1;
  if (x < MINUS_ONE_BELOW) return -1;

  // e^x = a + b, a = 2^k·2^(j/2048) rounded; a − 1 by Knuth's two-sum, so one rounding.
  const n = Math.round(x * STEPS_PER_LN2);
  const r = x - n * STEP_HI - n * STEP_LO;
  const p = r + r * r * (1 / 2 + r * (1 / 6 + r * (1 / 24)));
  const j = n & (EXP_STEPS - 1);
  const scale = POWERS_OF_TWO[(n >> 11) + 1023];
  const a = FRACTION_HI[j] * scale;
  const b = (FRACTION_LO[j] + FRACTION_HI[j] * p) * scale;
  const s = a - 1;
  const aPart = s + 1;
  const e = a - aPart + (-1 - (s - aPart));
  return s + (e + b);
}

export function log(x: number): number {
  if (!(x > 0 && x < Infinity)) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  return logScaled(x, 0);
}

export function log1p(x: number): number {
  if (!(Math.abs(x) >= TINY)) return x;
  // Near 0, 1 + x itself is x exactly: no rounding of 1 + x to make up for.
  if (x > SQRT_HALF - 1 && x < SQRT2 - 1) return logNearOne(x, 0, 0);
  if (!(x > -1)) return x === -1 ? -Infinity : NaN;
  if (x === Infinity) return x;
  // 1 + x = u + lo exactly (Knuth's two-sum); log(u + lo) = log u + lo/u + O(2^−106).
  const u = 1 + x;
  const xPart = u - 1;
  return logScaled(u, (1 - (u - xPart) + (x - xPart)) / u);
}

/** log x + rest for a positive finite x, with |rest| tiny beside the result. */
function logScaled(x: number, rest: number): number {
  WORD[0] = x;
  let k = 0;
  if (WORDS[HIGH] < SUBNORMAL_HIGH) {
    WORD[0] = x * 18014398509481984; // 2^54
    k = -54;
  }
  let high = WORDS[HIGH];
  k += (high >> 20) - 1023;
  high = (high & 0xfffff) | 0x3ff00000;
  if (high > SQRT2_HIGH) {
    high -= SUBNORMAL_HIGH;
    k += 1;
  }
  WORDS[HIGH] = high;
  return logNearOne(WORD[0] - 1, k, rest);
}

/** k·ln2 + log(1 + f) + rest, rounded once, for f in [√½ − 1, √2 − 1]. */
function logNearOne(f: number, k: number, rest: number): number {
  // s = f/(2 + f) as s + sLo: 2 + f = d + dLo, and the remainder of the division by Dekker's
  // exact product s·d (no fused multiply-add in JavaScript).
  const d = 2 + f;
  const dLo = f - (d - 2);
  const s = f / d;
  const sSplit = SPLITTER * s;
  const sHi = sSplit - (sSplit - s);
  const sTail = s - sHi;
  const dSplit = SPLITTER * d;
  const dHi = dSplit - (dSplit - d);
  const dTail = d - dHi;
  const sd = s * d;
  const sdLo = sHi * dHi - sd + sHi * dTail + sTail * dHi + sTail * dTail;
  const sLo = (f - sd - sdLo - s * dLo) / d;

  // 2 atanh s = 2s + 2s³/3 + 2s⁵/5 + …
  const z = s * s;
  const upper = 2 / 15 + z * (2 / 17 + z * (2 / 19 + z * (2 / 21 + z * (2 / 23))));
  const lower = 2 / 3 + z * (2 / 5 + z * (2 / 7 + z * (2 / 9 + z * (2 / 11 + z * (2 / 13)))));
  const z3 = z * z * z;
  const series = s * z * (lower + z3 * z3 * upper);

  // k·ln2 + 2s by Knuth's two-sum; every smaller part joins the rest before the one rounding.
  const head = k * LN2_40;
  const twoS = 2 * s;
  const sum = head + twoS;
  const sPart = sum - head;
  const e = head - (sum - sPart) + (twoS - sPart);
  return sum + (e + (series + (2 * sLo + rest + k * LN2_40_LO)));
}
