import { misfits, targetRange } from '$lib/engine/targetFit';
import type { SimPlan } from '$lib/engine/types';
import { fmt, t } from '$lib/i18n/i18n.svelte';

/**
 * What to say of each scheme whose targets do not fit the reps of `plan` (targetFit.ts), with
 * the range of its targets against their expected sales. `ids` and `names` are the results'
 * schemes, which may be ordered otherwise than the plan's.
 */
export function targetsUnfit(plan: SimPlan, ids: string[], names: string[]): string[] {
  return plan.schemes.flatMap((planned, s) => {
    const range = targetRange(plan, s);
    const i = ids.indexOf(planned.scheme.id);
    if (!range || !misfits(range) || i < 0) return [];
    const { low, high } = range;
    const values = { scheme: names[i], low: fmt(low, 'percent'), high: fmt(high, 'percent') };
    return [t('outcome.targetsUnfit', values)];
  });
}
