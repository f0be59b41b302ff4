import type { Db } from './db';
import { quarterlySql } from './grain';
import { note, type ImportMessage } from './importMessages';
import { countedSql } from './sql/loadSql';

/** Today's date on this computer, YYYY-MM-DD in its own time zone. */
export function localToday(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

interface Ahead {
  row_no: number;
  value: string;
  count: number;
  last: string;
}

/**
 * The note on counted rows dated after the month of `today` (YYYY-MM-DD), or null for none:
 * a year typed wrong (2030 for 2024) that the fit would read as history. The current month
 * passes whatever its day, as files of months stamped on their last day do; in a file of
 * quarters (grain.ts, quarterlySql) the current quarter passes, as quotas are set for a quarter
 * before it starts and are often stamped on its last day. The rows are kept: the computer's
 * clock may be wrong, so this is said, not refused. Known shortcoming: this runs before
 * dates near a month's edge are moved (snapToMonthSql), so a file of quarters stamped on
 * different days (May 31 for one rep, Jun 30 for another) is held to the current month.
 */
export async function futureDatesNote(
  db: Db,
  counted: string[] | null,
  file: string,
  column: string,
  today: string,
): Promise<ImportMessage | null> {
  const counts = countedSql(counted);
  const firstFrom = async (start: string) => {
    const [first] = await db.query<Ahead>(
      `SELECT row_no, coalesce(date_text, strftime(period, '%Y-%m-%d')) AS value,
  CAST(count(*) OVER () AS INTEGER) AS count,
  strftime(max(period) OVER (), '%Y-%m-%d') AS last
FROM il_rows
WHERE ${counts} AND period >= ${start}
ORDER BY row_no LIMIT 1`,
    );
    return first;
  };
  let first = await firstFrom(`date_trunc('month', DATE '${today}') + INTERVAL 1 MONTH`);
  // Whether the file holds quarters is asked only of the few files with rows ahead.
  if (first && (await holdsQuarters(db, counts))) {
    first = await firstFrom(`date_trunc('quarter', DATE '${today}') + INTERVAL 3 MONTH`);
  }
  if (!first) return null;
  const { row_no: row, value, count, last } = first;
  return note('futureDates', { file, count, today, last, row, column, value });
}

async function holdsQuarters(db: Db, counts: string): Promise<boolean> {
  const [row] = await db.query<{ quarterly: boolean }>(
    `WITH dated AS (SELECT rep, period FROM il_rows WHERE ${counts} AND period IS NOT NULL)
SELECT (${quarterlySql('dated')}) AS quarterly`,
  );
  return row?.quarterly ?? false;
}
