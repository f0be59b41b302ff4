/** Rows looked at when searching for the header below title rows. */
const SEARCH_ROWS = 30;

/**
 * Index of the header among `rows`: the first row filled at least half as wide as the widest of
 * the first rows, so that title lines, notes and blank rows above a table are passed over.
 */
export function detectHeaderRow(rows: string[][]): number {
  const head = rows.slice(0, SEARCH_ROWS);
  const filled = head.map((row) => row.filter((cell) => cell.trim() !== '').length);
  const widest = Math.max(0, ...filled);
  const index = filled.findIndex((n) => n >= Math.max(2, widest / 2));
  return index < 0 ? 0 : index;
}
