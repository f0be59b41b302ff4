/**
 * The maximiser of f on [lo, hi] for choices that are not targets (effort, haggling stance):
 * the same scan-then-golden-section scheme as the engine's maximizeExpectedPay, over an even
 * grid instead of the belief's nodes, refined by the engine's own goldenSection.
 * The values scanned here are smooth in the choice, so a coarser scan than for targets does.
 */
import { goldenSection } from '../bestResponse';
import { SCALAR_SCAN_POINTS, SCALAR_TOLERANCE } from './constants';

export function maximizeScalar(f: (x: number) => number, lo: number, hi: number): number {
  if (!(hi > lo)) return lo;
  const step = (hi - lo) / (SCALAR_SCAN_POINTS - 1);
  const at = (j: number) => (j === SCALAR_SCAN_POINTS - 1 ? hi : lo + j * step);

  let bestJ = 0;
  let bestValue = -Infinity;
  for (let j = 0; j < SCALAR_SCAN_POINTS; j++) {
    const value = f(at(j));
    if (value > bestValue) {
      bestValue = value;
      bestJ = j;
    }
  }

  const a = at(Math.max(0, bestJ - 1));
  const b = at(Math.min(SCALAR_SCAN_POINTS - 1, bestJ + 1));
  const refined = goldenSection(f, a, b, hi - lo, SCALAR_TOLERANCE);
  return f(refined) >= bestValue ? refined : at(bestJ);
}

/**
 * The maximiser near a previous answer: a golden-section search on [around ± width] within
 * [lo, hi], for alternating searches whose answers move little from round to round. When
 * the answer sits at an inner edge of that bracket the optimum has moved further, and the
 * full scan takes over.
 */
export function refineScalar(
  f: (x: number) => number,
  around: number,
  width: number,
  lo: number,
  hi: number,
): number {
  const a = Math.max(lo, around - width);
  const b = Math.min(hi, around + width);
  if (!(b > a)) return maximizeScalar(f, lo, hi);
  const x = goldenSection(f, a, b, b - a, SCALAR_TOLERANCE);
  const edge = 1e-3 * (b - a);
  const stuck = (x - a < edge && a > lo) || (b - x < edge && b < hi);
  return stuck ? maximizeScalar(f, lo, hi) : x;
}
