import type { SignedCurrency } from '../currencySign';
/** A sheet's cells as text: row i is the sheet's row i + 1, blank rows included. */
export interface Sheet {
  name: string;
  rows: string[][];
  /**
   * Numeric cells whose display format names a currency ("$"#,##0, [$€-407]), by currency: the
   * text keeps the plain number, so the sign is known only from here. Absent where unknown.
   */
  currencies?: Partial<Record<SignedCurrency, number>>;
}

/** A table under a header: each row keeps the sheet row it came from, for messages. */
export interface Table {
  headers: string[];
  rows: { row: number; cells: string[] }[];
}

/** The table under row `headerRow` (0-based) of `sheet`; blank rows are dropped. */
export function sheetTable(sheet: Sheet, headerRow: number): Table {
  const headers = (sheet.rows[headerRow] ?? []).map((h) => h.trim());
  const rows = sheet.rows
    .map((cells, i) => ({ row: i + 1, cells }))
    .slice(headerRow + 1)
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  return { headers, rows };
}

/**
 * The table as CSV text for the loader, the source row number first (see readCsvSql's
 * 'first-column'): every field quoted, so commas, quotes and line breaks in cells survive.
 */
export function tableCsv(table: Table): string {
  const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
  const lines = [['il_row', ...table.headers].map(quote).join(',')];
  for (const { row, cells } of table.rows) {
    const padded = table.headers.map((_, i) => cells[i] ?? '');
    lines.push([String(row), ...padded].map(quote).join(','));
  }
  return `${lines.join('\n')}\n`;
}
