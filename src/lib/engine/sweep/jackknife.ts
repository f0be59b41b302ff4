import type { Estimate } from '../types';

/**
 * Delete-one-group jackknife (Efron & Stein 1981; grouped as in batch means) of a statistic of
 * the whole run: `statistic(null)` on every group, `statistic(g)` with group g left out.
 * se² = (G − 1)/G · Σ(θ₍g₎ − θ̄)², with G − 1 degrees of freedom. With fewer than two groups
 * the standard error is NaN.
 */
export function jackknife(groups: number, statistic: (omit: number | null) => number): Estimate {
  const mean = statistic(null);
  if (groups < 2) return { mean, se: Number.NaN };

  const leftOut = Array.from({ length: groups }, (_, g) => statistic(g));
  const centre = leftOut.reduce((sum, v) => sum + v, 0) / groups;
  const squares = leftOut.reduce((sum, v) => sum + (v - centre) * (v - centre), 0);
  return { mean, se: Math.sqrt(((groups - 1) / groups) * squares), df: groups - 1 };
}
