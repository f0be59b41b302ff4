import { counted, fmt, t } from '$lib/i18n/i18n.svelte';
import type { TrainingReps } from '$lib/state/training.svelte';

/**
 * What Train says about a scenario's own reps: how many periods they have and how many make a
 * quarter, or that their periods do not split into four.
 */
export function repsNote({ reps, periods, perQuarter }: TrainingReps): string {
  const count = fmt(reps.length, 'count');
  if (perQuarter === null) {
    return t('train.scenarioRepsNoQuarter', { count, periods: counted('periods', periods) });
  }
  return t('train.scenarioReps', {
    count,
    periods: counted('periods', periods),
    quarter: counted('periods', perQuarter),
  });
}
