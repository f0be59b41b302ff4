import { t } from '$lib/i18n/i18n.svelte';
import { session } from '$lib/state/session.svelte';
import { tuning } from '$lib/state/tuning.svelte';
import { dataLabel } from '../exec/dataLabel';
import type { previousSweep } from './previousSweep';

type Why = NonNullable<ReturnType<typeof previousSweep>>;

const keys = {
  curves: {
    otherData: 'tune.previousSweepData',
    otherSettings: 'tune.previousSweepSettings',
    refused: 'tune.previousSweepRefused',
    cancelled: 'tune.previousSweep',
  },
  answer: {
    otherData: 'tune.previousAnswerData',
    otherSettings: 'tune.previousAnswerSettings',
    refused: 'tune.previousAnswerRefused',
    cancelled: 'tune.previousAnswer',
  },
} as const;

/** The note over the curves or the answer that are the previous sweep's, saying why; '' if not. */
export function previousText(why: Why | null, what: 'curves' | 'answer'): string {
  if (why === null) return '';
  const data = tuning.result ? dataLabel(tuning.result.data) : '';
  return t(keys[what][why], { data, current: dataLabel(session.dataName) });
}
