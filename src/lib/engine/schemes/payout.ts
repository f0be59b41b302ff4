/**
 * Branch-free forms of the max/min that payout rules use, exact to the last bit. V8 compiles
 * Math.max and Math.min on doubles into compares and jumps (for NaN and −0); on sales that
 * fall either side of a target at random those jumps mispredict about half the time, which
 * cost more than the rest of a cell's pay on the benchmark's workload (RW1). Math.abs is a
 * single mask.
 */

/**
 * max(0, d), bit for bit: (d + |d|) is 2d or +0, both exact, and halving 2d is exact.
 * Differs from Math.max(0, d) only where 2d overflows (|d| > 8.9e307).
 */
export function positivePart(d: number): number {
  return (d + Math.abs(d)) * 0.5;
}

/**
 * min(1, r) for r below 2^53, bit for bit: below 1 nothing is taken off r; from 1 to 2^53,
 * r − 1 is exact (Sterbenz up to 2, then a multiple of r's ulp), so r − (r − 1) is exactly 1.
 */
export function atMostOne(r: number): number {
  return r - positivePart(r - 1);
}

/** Ratios y/q are passed to atMostOne only while y < ATTAINMENT_LIMIT·q, well inside 2^53. */
export const ATTAINMENT_LIMIT = 2 ** 52;
