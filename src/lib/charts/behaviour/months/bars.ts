/**
 * Per period of one rep under one scheme, from a run's per-cell means: the deals booked that
 * were the period's own, those pulled in from the next period, those pushed out to it, and
 * the target. Deals pushed in from the previous period count among the period's own.
 */
import type { SchemeBehaviourSummary } from '$lib/engine/behaviour/types';

export interface MonthBar {
  period: number;
  kept: number;
  pulled: number;
  pushed: number;
  target: number;
}

export function monthBars(
  scheme: SchemeBehaviourSummary,
  rep: number,
  periods: number,
): MonthBar[] {
  const { sales, target, pulled, pushed } = scheme.cells;
  return Array.from({ length: periods }, (_, p) => {
    const i = rep * periods + p;
    return {
      period: p + 1,
      kept: sales[i] - pulled[i],
      pulled: pulled[i],
      pushed: pushed[i],
      target: target[i],
    };
  });
}
