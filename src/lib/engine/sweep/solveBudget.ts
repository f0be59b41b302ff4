/**
 * The parameter value that meets a budget, read off a sweep: the first point where the
 * piecewise-linear curve of the expected figure crosses the budget. Its 95% interval inverts
 * the pointwise band mean ± Z95·se (the calibration interval of classical regression): the
 * values where the band's edges cross the budget. An edge that never crosses inside the grid
 * leaves that end open (null): the grid is too narrow to bound it.
 */
import { Z95 } from './constants';
import type { SweepPoint } from './sweepPoints';

/** Payout as a share of sales (0.03 for 3%), or a total payout per horizon. */
export type Budget = { kind: 'share'; share: number } | { kind: 'amount'; amount: number };

export type BudgetSolution =
  | { status: 'solved'; value: number; low: number | null; high: number | null }
  /** 'below': the budget is less than the figure at every point; 'above': more than at all. */
  | { status: 'unreachable'; side: 'below' | 'above' };

export function solveBudget(points: SweepPoint[], budget: Budget): BudgetSolution {
  const sorted = points
    .filter((p) => Number.isFinite(p.value))
    .slice()
    .sort((a, b) => a.value - b.value);
  const level = budget.kind === 'share' ? budget.share : budget.amount;
  const figure = (p: SweepPoint) => (budget.kind === 'share' ? p.share : p.payout);
  const xs = sorted.map((p) => p.value);
  const means = sorted.map((p) => figure(p).mean);

  const roots = crossings(xs, means, level);
  if (roots.length === 0) {
    return { status: 'unreachable', side: means.every((m) => m > level) ? 'below' : 'above' };
  }
  const value = roots[0];

  // Rising curve: the upper edge reaches the budget first (low end), the lower edge last.
  const rising = slopeAt(xs, means, value) >= 0;
  const upper = crossings(
    xs,
    sorted.map((p) => figure(p).mean + Z95 * figure(p).se),
    level,
  );
  const lower = crossings(
    xs,
    sorted.map((p) => figure(p).mean - Z95 * figure(p).se),
    level,
  );
  const below = (candidates: number[]) =>
    nearest(
      candidates.filter((x) => x <= value),
      value,
    );
  const above = (candidates: number[]) =>
    nearest(
      candidates.filter((x) => x >= value),
      value,
    );
  return {
    status: 'solved',
    value,
    low: rising ? below(upper) : below(lower),
    high: rising ? above(lower) : above(upper),
  };
}

/** Where the polyline (xs, ys) meets `level`, in order of x; a point exactly on it counts once. */
export function crossings(xs: number[], ys: number[], level: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < xs.length; k++) {
    const d = ys[k] - level;
    if (d === 0) {
      out.push(xs[k]);
      continue;
    }
    if (k + 1 >= xs.length) continue;
    const e = ys[k + 1] - level;
    if (e !== 0 && d < 0 !== e < 0) out.push(xs[k] + ((xs[k + 1] - xs[k]) * d) / (d - e));
  }
  return out;
}

/** Slope of the segment that holds x (the first one for x on a grid point). */
function slopeAt(xs: number[], ys: number[], x: number): number {
  for (let k = 0; k + 1 < xs.length; k++) {
    if (x >= xs[k] && x <= xs[k + 1] && xs[k + 1] > xs[k]) {
      const slope = (ys[k + 1] - ys[k]) / (xs[k + 1] - xs[k]);
      if (slope !== 0 || x < xs[k + 1]) return slope;
    }
  }
  return 0;
}

function nearest(candidates: number[], x: number): number | null {
  let best: number | null = null;
  for (const c of candidates) if (best === null || Math.abs(c - x) < Math.abs(best - x)) best = c;
  return best;
}
