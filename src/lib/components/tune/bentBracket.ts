import type { Budget, SweepPoint } from '$lib/engine/sweep';

/** The 95% normal quantile, as the budget's interval uses. */
const Z95 = 1.96;

/**
 * The grid values around a budget's answer when the straight line between them, which the
 * answer is read off, may be further from the curve than the Monte Carlo error: the answer's
 * interval counts only that error, so on a bent curve a finer grid moves the answer out of it.
 * The bend is judged by the parabola through the bracket and its next grid value: its gap to
 * the line at the answer, against 1.96 standard errors of the figure there. Null on a straight
 * enough curve, or with fewer than three values.
 */
export function bentBracket(
  points: readonly SweepPoint[],
  budget: Budget,
  value: number,
): { from: number; to: number } | null {
  const sorted = points.filter((p) => Number.isFinite(p.value)).sort((a, b) => a.value - b.value);
  if (sorted.length < 3) return null;
  const at = sorted.findIndex((p, k) => k + 1 < sorted.length && sorted[k + 1].value >= value);
  if (at < 0) return null;

  const figure = (p: SweepPoint) => (budget.kind === 'share' ? p.share : p.payout);
  const third = at + 2 < sorted.length ? at + 2 : at - 1;
  const [a, b, c] = [sorted[at], sorted[at + 1], sorted[third]];
  const line = lerp(a.value, figure(a).mean, b.value, figure(b).mean, value);
  const parabola = lagrange(
    [a, b, c].map((p) => [p.value, figure(p).mean]),
    value,
  );
  const se = Math.max(figure(a).se, figure(b).se);
  return Math.abs(parabola - line) > Z95 * se ? { from: a.value, to: b.value } : null;
}

function lerp(x0: number, y0: number, x1: number, y1: number, x: number): number {
  return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
}

/** The value at x of the polynomial through the points. */
function lagrange(points: number[][], x: number): number {
  return points.reduce((sum, [xi, yi], i) => {
    const weight = points.reduce((w, [xj], j) => (j === i ? w : (w * (x - xj)) / (xi - xj)), 1);
    return sum + yi * weight;
  }, 0);
}
