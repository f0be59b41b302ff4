import type { Budget, BudgetSolution, SweepParameter, SweepPoint } from '$lib/engine/sweep';
import type { MessageKey } from '$lib/i18n/en';
import type { Limit } from '$lib/state/settings';

type Unreachable = Extract<BudgetSolution, { status: 'unreachable' }>;

/** Relative spread below which a sweep's payout reads as not moving at all. */
const FLAT = 1e-9;

/**
 * What to say when no value of the sweep meets the budget: beyond which end of the grid it
 * lies. The budget is above (or below) every point; the way to it is past the end whose figure
 * is nearer, the highest (or lowest) of the two. Payout may rise with the parameter (a rate)
 * or fall (a boss's bargaining power), so the end is read off the sweep, not assumed. When that
 * end already sits at the most the parameter takes (`limit`, its From and To fields' range), no
 * sweep can go further, and the advice is another budget or parameter instead.
 */
export function unreachableKey(
  points: readonly SweepPoint[],
  budget: Budget,
  { side }: Unreachable,
  parameter?: SweepParameter,
  limit?: Limit,
): MessageKey {
  const sorted = points.filter((p) => Number.isFinite(p.value)).sort((a, b) => a.value - b.value);
  const figure = (p: SweepPoint | undefined) =>
    p === undefined ? Number.NaN : budget.kind === 'share' ? p.share.mean : p.payout.mean;
  const first = figure(sorted[0]);
  const last = figure(sorted.at(-1));
  // Every point pays the same (on the same draws, to rounding): the parameter does not act on
  // payout here, and no other range would help. A base pay says why: only a negative bonus
  // deducted from it reads it (an expense budget, say, is a cost and never pay).
  const figures = sorted.map(figure);
  const spread = Math.max(...figures) - Math.min(...figures);
  if (figures.length > 1 && spread <= FLAT * Math.max(...figures.map(Math.abs))) {
    return parameter === 'basePay' ? 'tune.unreachable.flatBasePay' : 'tune.unreachable.flat';
  }
  // Falls across the grid: the largest value costs least. An unreadable sweep reads as rising,
  // as the messages always assumed.
  const falling = last < first;
  const lower = (side === 'above') === falling;
  const end = lower ? sorted[0]?.value : sorted.at(-1)?.value;
  if (limit && end !== undefined && (lower ? end <= limit.min : end >= limit.max)) {
    return side === 'above' ? 'tune.unreachable.limitLess' : 'tune.unreachable.limitMore';
  }
  if (side === 'above') return falling ? 'tune.unreachable.aboveFalling' : 'tune.unreachable.above';
  return falling ? 'tune.unreachable.belowFalling' : 'tune.unreachable.below';
}
