import { escapeControls } from '$lib/data/importMessages';
import type { MadeColumn } from '$lib/data/sheets/unpivot';
import { t } from '$lib/i18n/i18n.svelte';

/**
 * A header as the dialog shows it: the file's own as written, one the import made (an unpivoted
 * table's periods and amounts) in the reader's language. The mapping keeps the header itself.
 */
export function columnName(header: string, made: Record<string, MadeColumn>): string {
  const column = made[header];
  if (!column) return escapeControls(header);
  const sheet = escapeControls(column.sheet ?? '');
  if (column.kind === 'period') return t('import.made.period');
  if (column.kind === 'target') return t('import.made.targetOf', { sheet });
  return column.sheet === null ? t('import.made.sales') : t('import.made.salesOf', { sheet });
}
