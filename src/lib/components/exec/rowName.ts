import type { TableRow } from '$lib/charts/outcomes/letterRows';
import { isMessageKey, t } from '$lib/i18n/i18n.svelte';

/**
 * A row's name in the reader's language. A counted event the catalogs do not know (a scheme
 * kind added later) keeps the engine's English label.
 */
export function rowName(row: TableRow): string {
  if (row.metric === 'deduction') {
    const key = `outcome.deduction.${row.deduction.id}`;
    return isMessageKey(key)
      ? t(key)
      : t('outcome.deduction.other', { label: row.deduction.label });
  }
  if (row.metric !== 'event') return t(`outcome.${row.metric}`);
  const key = `outcome.event.${row.event.id}`;
  return isMessageKey(key) ? t(key) : t('outcome.event.other', { label: row.event.label });
}
