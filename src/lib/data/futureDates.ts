import type { Db } from './db';
import { say } from './importMessages';
import { countedSql } from './sql/loadSql';

/** Today's date on this computer, YYYY-MM-DD in its own time zone. */
export function localToday(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/**
 * The note on counted rows dated after the month of `today` (YYYY-MM-DD), or null for none:
 * a year typed wrong (2030 for 2024) that the fit would read as history. The current month
 * passes whatever its day, as files of months stamped on their last day and quota histories
 * of the quarter under way do. The rows are kept: the computer's clock may be wrong, so this
 * is said, not refused.
 */
export async function futureDatesNote(
  db: Db,
  counted: string[] | null,
  file: string,
  column: string,
  today: string,
): Promise<string | null> {
  const [first] = await db.query<{ row_no: number; value: string; count: number; last: string }>(
    `SELECT row_no, coalesce(date_text, strftime(period, '%Y-%m-%d')) AS value,
  CAST(count(*) OVER () AS INTEGER) AS count,
  strftime(max(period) OVER (), '%Y-%m-%d') AS last
FROM il_rows
WHERE ${countedSql(counted)} AND period >= date_trunc('month', DATE '${today}') + INTERVAL 1 MONTH
ORDER BY row_no LIMIT 1`,
  );
  if (!first) return null;
  const { row_no: row, value, count, last } = first;
  return say('futureDates', { file, count, today, last, row, column, value });
}
