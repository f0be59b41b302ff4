import { csvRecords, recordStart } from './csvRecords';
import { previewText } from './previewText';
import type { Table } from './sheets/table';
import { PERIOD_HEADER, unpivot, wideLayout, type MadeColumn } from './sheets/unpivot';

/** A CSV text with one column per period, read as one row per rep and period. */
export interface WideText {
  table: Table;
  /** Index of the header among the non-blank records (title rows above it). */
  headerRow: number;
  /** The month headers by the period each stands for, to name them in messages. */
  periodHeaders: Record<string, string>;
}

/** Header of the amounts of an unpivoted text; the sales column's keywords find it. */
export const WIDE_SALES_HEADER = 'Sales';

/** The columns unpivoting a text makes, by header. */
export const WIDE_TEXT_COLUMNS: Record<string, MadeColumn> = {
  [PERIOD_HEADER]: { kind: 'period', sheet: null },
  [WIDE_SALES_HEADER]: { kind: 'sales', sheet: null },
};

/**
 * The text unpivoted when its header row is mostly periods (2024-01, Jan-24, 2024年1月), as a
 * wide workbook sheet is (workbookTable), or null for a long text. `headerRow` is the header's
 * index among the non-blank records, detected when absent. Each row keeps the number the loader
 * gives a CSV row: the header's line plus one for each record below it (blank lines skipped).
 * A targets table beside it, as a workbook's sheet can hold, has no place in one text.
 */
export function wideText(text: string, headerRow?: number, date1904 = false): WideText | null {
  const { delimiter, headerRow: at, headers } = previewText(text, 0, headerRow);
  const layout = wideLayout({ headers, rows: [] }, date1904);
  if (!layout) return null;

  const firstRow = recordStart(text, at).lines + 2;
  const rows: Table['rows'] = [];
  let index = 0;
  for (const cells of csvRecords(text, delimiter)) {
    if (index > at) rows.push({ row: firstRow + index - at - 1, cells });
    index += 1;
  }
  const periodHeaders = Object.fromEntries(layout.periods.map((p) => [p.date, headers[p.column]]));
  const table = unpivot({ headers, rows }, layout, WIDE_SALES_HEADER);
  return { table, headerRow: at, periodHeaders };
}
