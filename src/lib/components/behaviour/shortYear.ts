import type { Grain } from '$lib/data/types';
import { fmt, t } from '$lib/i18n/i18n.svelte';

/**
 * What a "year" is on the behaviour screen for a history fitted by day or week, or null at
 * the grains whose simulated horizon is a year. The engine takes the reps' periods as one
 * year (their ratchet, naive reps' rule and years act on it); a daily or weekly fit forecasts
 * only a few periods, so its "year" is those few days or weeks and must be read so.
 */
export function shortYearNote(grain: Grain | undefined, periods: number): string | null {
  if (grain !== 'day' && grain !== 'week') return null;
  return t(`behaviour.shortYear.${grain}`, { periods: fmt(periods, 'count') });
}
