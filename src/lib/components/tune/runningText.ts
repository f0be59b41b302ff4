import { counted, fmt, t } from '$lib/i18n/i18n.svelte';

/**
 * The status line of a sweep under way. Before its first block of trials is back, the first
 * worker is still setting every grid value's targets and quotas (best responses for each rep),
 * which takes most of a sweep of many values: "0.0%" there read as a hang.
 */
export function runningText(progress: number, points: number): string {
  if (progress > 0) return t('tune.running', { share: fmt(progress, 'percent') });
  return t('tune.planning', { points: counted('values', points) });
}
