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
 * log: x = 2^k·m with m in [√½, √2), log x = k·ln2 − log c + log(1 + r) with c from a table of
 * reciprocals near 1/m and r = m·c − 1 exact as a double-double, |r| < 2^−8; log(1 + r) by
 * Taylor to r⁷ (the next term is below 2^−59 relative). No division, unlike fdlibm's log.
 */
import * as tables from './expTables';
import * as logTable from './logTable';
import { LN2_HI, LN2_LO } from './twoToFraction';

// Module-private bindings of the tables, as fastExp keeps them: read through a module namespace
// that tsx compiled to CommonJS, each table access cost about as much as the rest of exp.
const EXP_STEPS = tables.EXP_STEPS;
const FRACTION_HI = tables.FRACTION_HI;
const FRACTION_LO = tables.FRACTION_LO;
const POWERS_OF_TWO = tables.POWERS_OF_TWO;
const LOG_TABLE_HIGH = logTable.LOG_TABLE_HIGH;
const BASES = logTable.BASES;
const RECIPROCALS = logTable.RECIPROCALS;
const OFFSETS = logTable.OFFSETS;
const BASE_HI = logTable.BASE_HI;
const BASE_LO = logTable.BASE_LO;

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

/** 1023·2048: 2^k then sits at POWERS_OF_TWO[biased >> 11]. */
const BIAS = 2095104;

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

/** One double seen as two int32 words; HIGH picks the one with its sign and exponent. */
const WORD = new Float64Array(1);
const WORDS = new Int32Array(WORD.buffer);
const HIGH = new Int32Array(Float64Array.of(1).buffer)[1] === 0x3ff00000 ? 1 : 0;
/** The high word of √½: subtracting it from x's leaves x's power of two over [√½, √2). */
const SQRT_HALF_HIGH = 0x3fe6a09e;
/** Outside them log scales x by 2^±54 first, so that 2^−e and x·2^−e are normal doubles. */
const SCALE_BELOW = 1e-300;
const SCALE_ABOVE = 1e300;
/** Below it log1p sums its series on x itself. */
const NEAR_ONE = 0.00390625; // 2^−8

export function exp(x: number): number {
  if (!(Math.abs(x) < NORMAL_LIMIT)) return expBeyond(x);

  // n = round(2048·x/ln 2), biased to be positive so that `| 0` rounds it (half up) as an int32.
  const biased = (x * STEPS_PER_LN2 + (BIAS + 0.5)) | 0;
  const n = biased - BIAS;
  const r = x - n * STEP_HI - n * STEP_LO;
  const p = r + r * r * (1 / 2 + r * (1 / 6 + r * (1 / 24)));
  const j = biased & (EXP_STEPS - 1);
  const hi = FRACTION_HI[j];
  return (hi + (FRACTION_LO[j] + hi * p)) * POWERS_OF_TWO[biased >> 11];
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
  const biased = (x * STEPS_PER_LN2 + (BIAS + 0.5)) | 0;
  const n = biased - BIAS;
  const r = x - n * STEP_HI - n * STEP_LO;
  const p = r + r * r * (1 / 2 + r * (1 / 6 + r * (1 / 24)));
  const j = biased & (EXP_STEPS - 1);
  const scale = POWERS_OF_TWO[biased >> 11];
  const a = FRACTION_HI[j] * scale;
  const b = (FRACTION_LO[j] + FRACTION_HI[j] * p) * scale;
  const s = a - 1;
  const aPart = s + 1;
  const e = a - aPart + (-1 - (s - aPart));
  return s + (e + b);
}

export function log(x: number): number {
  if (!(x > 0 && x < Infinity)) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  return logPlus(x, 0);
}

export function log1p(x: number): number {
  const size = Math.abs(x);
  if (!(size >= TINY)) return x;
  // Near 0, x is the r of log(1 + r) exactly: no rounding of 1 + x to make up for.
  if (size < NEAR_ONE) return x - log1pTail(x);
  if (!(x > -1)) return x === -1 ? -Infinity : NaN;
  if (x === Infinity) return x;
  // 1 + x = u + lo exactly (Knuth's two-sum); log(u + lo) = log u + lo/u + O(2^−106).
  const u = 1 + x;
  const xPart = u - 1;
  return logPlus(u, (1 - (u - xPart) + (x - xPart)) / u);
}

/**
 * log x + rest, rounded once, for a positive finite x and |rest| ≤ 2^−53. From log1p, rest is
 * small against log x (at least 2^−9 there) but can be a hundred ulps of it: it joins the small
 * terms before the rounding, not after it.
 */
function logPlus(x: number, rest: number): number {
  let k = 0;
  if (!(x > SCALE_BELOW && x < SCALE_ABOVE)) {
    k = x < 1 ? -54 : 54;
    x *= x < 1 ? 18014398509481984 : 5.551115123125783e-17; // 2^±54
  }
  // x = 2^e·m with m in [√½, √2): e and the table's step j from the high word, m by an exact
  // product with 2^−e.
  WORD[0] = x;
  const high = WORDS[HIGH];
  const e = (high - SQRT_HALF_HIGH) >> 20;
  const j = (high - (e << 20) - LOG_TABLE_HIGH) >> 12;
  const m = x * POWERS_OF_TWO[1023 - e];
  k += e;

  // log x = k·ln2 − log c + log(1 + r), r = m·c − 1 = a + b with a from the table and b exact
  // (logTable.ts); the table's −log c + a and k·ln2 add exactly in their high parts (multiples
  // of 2^−40 below 2^11), b joins them by Knuth's two-sum, and the small parts before the one
  // rounding.
  const b = (m - BASES[j]) * RECIPROCALS[j];
  const r = OFFSETS[j] + b;
  const sum = k * LN2_40 + BASE_HI[j];
  const total = sum + b;
  const bPart = total - sum;
  const error = sum - (total - bPart) + (b - bPart);
  const small = k * LN2_40_LO + BASE_LO[j] + rest - log1pTail(r);
  return total + (error + small);
}

/**
 * r − log(1 + r) for |r| < 2^−8: r²/2 − r³/3 + … − r⁷/7, in Estrin's order, whose short chains
 * of dependent steps cost less time than Horner's one long chain.
 */
function log1pTail(r: number): number {
  const r2 = r * r;
  const low = 1 / 2 - r * (1 / 3) + r2 * (1 / 4 - r * (1 / 5));
  return r2 * (low + r2 * r2 * (1 / 6 - r * (1 / 7)));
}
