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
}

export function spanSql(): string {
  return `SELECT strftime(min(period), '%Y-%m-%d') AS first,
  strftime(max(period), '%Y-%m-%d') AS last,
  date_diff('month', min(period), max(period)) + 1 AS months,
  date_diff('day', min(period), max(period)) + 1 AS days,
  count(*) AS rows, count(DISTINCT rep) AS reps
FROM sales`;
}

/** Month when the history spans six months or more, else week for six weeks or more, else day. */
export function chooseGrain(span: Pick<Span, 'months' | 'days'>): Grain {
  if (span.months >= MONTH_GRAIN_MIN_MONTHS) return 'month';
  return span.days >= WEEK_GRAIN_MIN_DAYS ? 'week' : 'day';
}
