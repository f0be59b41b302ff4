/** Rows looked at when searching for the header below title rows. */
const SEARCH_ROWS = 30;

/** A cell that reads as a value, not a name: a number, a date, an amount (-5, 2024-01, ¥70). */
const valueCell = /^[-+(（]?\s*[¥$€£]?\s*\d/;

/**
 * Index of the header among `rows`: the first row filled at least half as wide as the widest of
 * the first rows, so that title lines, notes and blank rows above a table are passed over. A
 * row of group names above the real header ('', Period, Amounts over Rep, Date, Sales, Target,
 * from merged cells) is passed over too: while the next row is fuller and holds only names, the
 * header is further down.
 */
export function detectHeaderRow(rows: string[][]): number {
  const head = rows.slice(0, SEARCH_ROWS);
  const cells = head.map((row) => row.filter((cell) => cell.trim() !== ''));
  const filled = cells.map((row) => row.length);
  const widest = Math.max(0, ...filled);
  let index = filled.findIndex((n) => n >= Math.max(2, widest / 2));
  if (index < 0) return 0;
  while (
    index + 1 < head.length &&
    filled[index + 1] > filled[index] &&
    !cells[index + 1].some((cell) => valueCell.test(cell.trim()))
  ) {
    index++;
  }
  return index;
}
