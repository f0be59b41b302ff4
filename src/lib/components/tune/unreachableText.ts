import type { Budget, BudgetSolution, SweepPoint } from '$lib/engine/sweep';
import type { MessageKey } from '$lib/i18n/en';

type Unreachable = Extract<BudgetSolution, { status: 'unreachable' }>;

/**
 * What to say when no value of the sweep meets the budget: beyond which end of the grid it
 * lies. The budget is above (or below) every point; the way to it is past the end whose figure
 * is nearer, the highest (or lowest) of the two. Payout may rise with the parameter (a rate)
 * or fall (a boss's bargaining power), so the end is read off the sweep, not assumed.
 */
export function unreachableKey(
  points: readonly SweepPoint[],
  budget: Budget,
  { side }: Unreachable,
): MessageKey {
  const sorted = points.filter((p) => Number.isFinite(p.value)).sort((a, b) => a.value - b.value);
  const figure = (p: SweepPoint | undefined) =>
    p === undefined ? Number.NaN : budget.kind === 'share' ? p.share.mean : p.payout.mean;
  const first = figure(sorted[0]);
  const last = figure(sorted.at(-1));
  // Falls across the grid: the largest value costs least. A flat or unreadable sweep reads as
  // rising, as the messages always assumed.
  const falling = last < first;
  if (side === 'above') return falling ? 'tune.unreachable.aboveFalling' : 'tune.unreachable.above';
  return falling ? 'tune.unreachable.belowFalling' : 'tune.unreachable.below';
}
