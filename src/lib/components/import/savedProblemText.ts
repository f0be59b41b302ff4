import { listed, t } from '$lib/i18n/i18n.svelte';
import type { SavedProblem } from '$lib/state/savedData.svelte';
import { importText } from './importText';

/** A problem of the kept data in the reader's language, the settings reset listed as it lists. */
export function savedProblemText(problem: SavedProblem): string {
  switch (problem.kind) {
    case 'restore':
      return t('saved.problem.restore', {
        file: problem.file,
        detail: problem.detail ? importText(problem.detail) : '',
      });
    case 'dropped':
      return t('saved.problem.dropped', { detail: listed(problem.fields) });
    default:
      return t(`saved.problem.${problem.kind}`, { detail: problem.detail });
  }
}
