/**
 * How well a scheme's targets (or quotas) fit the reps it runs on. A target fixed as an amount
 * in a scenario file was written for some reps' sales; run on other data, it can sit far above
 * or below what these reps sell, and the target error and the share on target then describe
 * the amounts more than the reps.
 */
import { exp } from './portableMath';
import type { SimPlan } from './types';

/** A rep's targets may run from half to twice its expected sales before they are said to misfit. */
export const FIT = 2;

/**
 * The lowest and highest, over reps, of a rep's targets summed over the horizon against its
 * expected sales summed over the same periods (e^(μ + σ²/2) each); null for a scheme without
 * targets. Periods without a target are left out of both sums.
 */
export function targetRange(plan: SimPlan, s: number): { low: number; high: number } | null {
  const { target } = plan.schemes[s];
  let low = Infinity;
  let high = -Infinity;
  for (let r = 0; r < plan.reps; r++) {
    let targets = 0;
    let expected = 0;
    for (let i = r * plan.periods; i < (r + 1) * plan.periods; i++) {
      if (Number.isNaN(target[i])) continue;
      targets += target[i];
      expected += exp(plan.logMu[i] + 0.5 * plan.logSigma[i] * plan.logSigma[i]);
    }
    if (!(expected > 0)) continue;
    low = Math.min(low, targets / expected);
    high = Math.max(high, targets / expected);
  }
  return low <= high ? { low, high } : null;
}

/** Whether a range of targets against expected sales goes past FIT either way. */
export function misfits(range: { low: number; high: number } | null): boolean {
  return range !== null && (range.low < 1 / FIT || range.high > FIT);
}
