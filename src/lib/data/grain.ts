import { MONTH_GRAIN_MIN_MONTHS, WEEK_GRAIN_MIN_DAYS } from './constants';
import type { Grain } from './types';

/** Calendar months touched and days covered by the history in `sales`. */
export interface Span {
  first: string;
  last: string;
  months: number;
  days: number;
  rows: number;
  reps: number;
  /** Every date is a month's 1st, or every date a month's last day: the file holds months. */
  monthly: boolean;
}

export function spanSql(): string {
  return `SELECT strftime(min(period), '%Y-%m-%d') AS first,
  strftime(max(period), '%Y-%m-%d') AS last,
  date_diff('month', min(period), max(period)) + 1 AS months,
  date_diff('day', min(period), max(period)) + 1 AS days,
  count(*) AS rows, count(DISTINCT rep) AS reps,
  bool_and(day(period) = 1) OR bool_and(period = last_day(period)) AS monthly
FROM sales`;
}

/**
 * Month when the dates are months (see `Span.monthly`) or span six months or more, else week for
 * six weeks or more, else day. A daily file of a single day that is a 1st counts as a month: one
 * date cannot tell the two apart, and a one-month file (2024-01) is the likelier reading.
 */
export function chooseGrain(span: Pick<Span, 'months' | 'days' | 'monthly'>): Grain {
  if (span.monthly || span.months >= MONTH_GRAIN_MIN_MONTHS) return 'month';
  return span.days >= WEEK_GRAIN_MIN_DAYS ? 'week' : 'day';
}
