import type { ColumnMapping } from './columns';
import { sayAfterPlace, type ImportMessage } from './importMessages';
import type { BadValue } from './loadMessages';

/**
 * A row left out of the sales, with the first reason found: in English without the file and
 * the place, and the message it comes from (null for a total row).
 */
export interface SkippedRow {
  row: number;
  column: string;
  value: string;
  reason: string;
  message: ImportMessage | null;
}

/** The skipped row's reason is its message without the file and the place. */
export function skippedRow(
  mapping: ColumnMapping,
  bad: BadValue & { message: ImportMessage },
  source: string | undefined,
): SkippedRow {
  const column = source ?? mapping[bad.role as keyof ColumnMapping] ?? bad.role;
  const reason = sayAfterPlace(bad.message);
  return { row: bad.row_no, column, value: bad.value, reason, message: bad.message };
}

export function totalSkip(
  total: { row_no: number; label: string },
  mapping: ColumnMapping,
): SkippedRow {
  return {
    row: total.row_no,
    column: mapping.rep ?? '',
    value: total.label,
    reason: 'total row',
    message: null,
  };
}
