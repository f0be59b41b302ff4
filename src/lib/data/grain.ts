import { MONTH_GRAIN_MIN_MONTHS, WEEK_GRAIN_MIN_DAYS } from './constants';
import type { Db } from './db';
import type { Grain } from './types';

/** Calendar months touched and days covered by the history in `sales`. */
export interface Span {
  first: string;
  last: string;
  months: number;
  days: number;
  rows: number;
  reps: number;
  /** The file holds months: see monthlySql. */
  monthly: boolean;
  /** The dates follow a quarterly cadence (see quarterlySql): the file holds quarters. */
  quarterly: boolean;
}

/** Fewer quarters than this cannot show a cadence: two dates three months apart may be chance. */
export const QUARTER_CADENCE_MIN_QUARTERS = 3;

/**
 * The span of the history in `sales`, read from cal_days (DAYS_SQL): one row per rep and date
 * with its count of rows, which the distinct counts group instead of every row (a million orders
 * of 500 reps over three years make 107,000; 130 ms became 30 ms with cal_days made).
 */
export function spanSql(): string {
  return `SELECT strftime(min(period), '%Y-%m-%d') AS first,
  strftime(max(period), '%Y-%m-%d') AS last,
  date_diff('month', min(period), max(period)) + 1 AS months,
  date_diff('day', min(period), max(period)) + 1 AS days,
  coalesce(sum(n), 0)::BIGINT AS rows, count(DISTINCT rep) AS reps,
  ${monthlySql()} AS monthly,
  (${quarterlySql('cal_days')}) AS quarterly
FROM cal_days`;
}

/**
 * Whether every date of cal_days falls on one day of the month, taken as the last day in a
 * month shorter than it: every 1st, every month end, or every 15th or 25th, the day an ERP posts
 * or settles a month (Jan 30, Feb 28, Mar 30 is one day). Such a file holds months, each whole
 * whatever its day. A day other than the 1st or the month end needs two months to tell: a file
 * of one date, the 15th, may be a day's sales. Known shortcoming: months stamped on a different
 * day for each rep are not seen as months, and their first and last may be left out of the fit
 * as part-covered (partialSql).
 */
function monthlySql(): string {
  const day = 'day(period)';
  const oneDay = `bool_and(${day} = (SELECT max(${day}) FROM cal_days)
    OR (period = last_day(period) AND ${day} < (SELECT max(${day}) FROM cal_days)))`;
  return `(bool_and(${day} = 1) OR bool_and(period = last_day(period))
    OR (${oneDay} AND count(DISTINCT date_trunc('month', period)) >= 2))`;
}

/**
 * Whether `table` (rep and period: sales, cal_days made from it, or rows still being loaded)
 * holds one figure per rep per quarter, as quota histories do: at least
 * QUARTER_CADENCE_MIN_QUARTERS quarters, the dates of each quarter all in one month (so about two
 * months in three have no row), each rep with at most one date in a quarter, and two thirds of
 * the quarters spanned present (a yearly file, one quarter in four, is not quarterly).
 *
 * Each date belongs to the calendar quarter it falls in. Quota dates on irregular days near a
 * month's edge (May 31, Dec 1, Feb 29) reach this table already moved to the month they border
 * on (load.ts, snapToMonthSql): May 31 → June, Dec 1 → December, Feb 29 → March, so each lands
 * in the quarter it closes. Known shortcoming: a date on the first days of a quarter (Jul 1)
 * counts in the quarter it opens, so a file mixing Jun 30 and Jul 1 for the same quarter has two
 * dates in adjacent quarters and is not seen as quarterly.
 */
export function quarterlySql(table = 'sales'): string {
  const quarter = "date_trunc('quarter', period)";
  return `WITH per_quarter AS (
  SELECT ${quarter} AS quarter, count(DISTINCT date_trunc('month', period)) AS months
  FROM ${table} GROUP BY 1
), per_rep AS (
  SELECT max(dates) AS dates FROM (
    SELECT count(DISTINCT period) AS dates FROM ${table} GROUP BY rep, ${quarter}
  )
)
SELECT coalesce(count(*) >= ${QUARTER_CADENCE_MIN_QUARTERS}
  AND bool_and(months = 1)
  AND (SELECT dates FROM per_rep) = 1
  AND 3 * count(*) >= 2 * (date_diff('quarter', min(quarter), max(quarter)) + 1), false)
FROM per_quarter`;
}

/**
 * Quarter when the dates are quarterly (see `Span.quarterly`); month when they are months (see
 * `Span.monthly`) or span six months or more, else week for six weeks or more, else day. A daily
 * file of a single day that is a 1st counts as a month: one date cannot tell the two apart, and a
 * one-month file (2024-01) is the likelier reading.
 */
export function chooseGrain(span: Pick<Span, 'months' | 'days' | 'monthly' | 'quarterly'>): Grain {
  if (span.quarterly) return 'quarter';
  if (span.monthly || span.months >= MONTH_GRAIN_MIN_MONTHS) return 'month';
  return span.days >= WEEK_GRAIN_MIN_DAYS ? 'week' : 'day';
}

/** The calendar unit a report of `sales` should default to: quarters for a quarterly file. */
export async function detectedUnit(db: Db): Promise<'month' | 'quarter'> {
  const [row] = await db.query<{ quarterly: boolean }>(`SELECT (${quarterlySql()}) AS quarterly`);
  return row?.quarterly ? 'quarter' : 'month';
}
