import { detectColumns } from '../columns';
import { headerDate } from './headerDate';
import type { Table } from './table';

/** A wide table: one column per period. */
export interface WideLayout {
  /** Indexes of the period columns and the date each stands for. */
  periods: { column: number; date: string }[];
  /** Index of the column naming the rep. */
  rep: number;
}

/** Period columns a table needs to count as wide. */
export const MIN_PERIOD_COLUMNS = 3;

/** The wide layout of a table whose headers are mostly periods, or null for a long table. */
export function wideLayout(table: Table, date1904 = false): WideLayout | null {
  const periods = table.headers
    .map((header, column) => ({ column, date: headerDate(header, date1904) }))
    .filter((p): p is { column: number; date: string } => p.date !== null);
  const others = table.headers.filter((_, i) => !periods.some((p) => p.column === i));
  if (periods.length < MIN_PERIOD_COLUMNS || others.length === 0) return null;

  const named = detectColumns(others).mapping.rep ?? others[0];
  return { periods, rep: table.headers.indexOf(named) };
}

/**
 * A column the import made rather than found in the file (an unpivoted table's periods and
 * amounts, a target joined from another sheet), so that the page can name it in its language.
 */
export interface MadeColumn {
  kind: 'period' | 'sales' | 'target';
  /** The sheet it comes from, when its header names one. */
  sheet: string | null;
}

/** Header of the period column of an unpivoted table. */
export const PERIOD_HEADER = 'Period';

/**
 * One row per rep and period with the value under `valueHeader`; the other non-period columns
 * are kept. Empty cells are no observation and are left out. Each row keeps its sheet row.
 */
export function unpivot(table: Table, layout: WideLayout, valueHeader: string): Table {
  const keep = table.headers
    .map((_, i) => i)
    .filter((i) => !layout.periods.some((p) => p.column === i));
  const headers = [...keep.map((i) => table.headers[i]), PERIOD_HEADER, valueHeader];

  const rows = table.rows.flatMap(({ row, cells }) =>
    layout.periods
      .filter((p) => (cells[p.column] ?? '').trim() !== '')
      .map((p) => ({ row, cells: [...keep.map((i) => cells[i] ?? ''), p.date, cells[p.column]] })),
  );
  return { headers, rows };
}
