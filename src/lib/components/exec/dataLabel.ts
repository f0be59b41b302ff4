import { fmt, t } from '$lib/i18n/i18n.svelte';
import type { DataName } from '$lib/state/sessionTypes';

/** The data a run was made on, as headers and notices name it in the current language. */
export function dataLabel(data: DataName): string {
  if (data.kind === 'scenarioReps') {
    return t('exec.scenarioReps', { count: fmt(data.count, 'count') });
  }
  return data.source ?? t('data.sampleName');
}
