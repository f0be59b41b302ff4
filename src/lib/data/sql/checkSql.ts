import { DAY_MONTH_PATTERN } from './parseMacrosSql';

/**
 * The largest first and second number of the column's d/m/y-or-m/d/y dates, and how many there
 * are: a first number above 12 makes the column day-first, a second one month-first. Distinct
 * texts only: the counts decide nothing but whether there are any.
 */
export function dateOrderSql(dateColumn: number): string {
  const part = (i: number) => `max(CAST(regexp_extract(s, '${DAY_MONTH_PATTERN}', ${i}) AS INT))`;
  return `SELECT count(*) AS n, ${part(1)} AS first, ${part(2)} AS second,
  any_value(s) AS example
FROM (SELECT il_date_text(c) AS s FROM (SELECT DISTINCT c${dateColumn} AS c FROM il_raw))
WHERE regexp_matches(s, '${DAY_MONTH_PATTERN}')`;
}

// A rep or date cell that starts like a total line: Total, Grand total, Sum, 合计, 总计, 小计.
const totalPattern = String.raw`^\s*((grand\s+)?totals?|sum|subtotal)\b|^\s*(合计|总计|小计|总和)`;

/**
 * Rows that are totals, not sales: a rep cell that says so (tested once per distinct rep, from
 * il_rep_statuses), or a last row with neither rep nor date whose amount equals the sum of all
 * rows above it (to a cent).
 */
export function totalRowsSql(): string {
  return `SELECT row_no, coalesce(rep, date_text, '') AS label FROM il_rows
WHERE rep IN (SELECT rep FROM (SELECT DISTINCT rep FROM il_rep_statuses)
  WHERE regexp_matches(rep, '${totalPattern}', 'i'))
UNION
SELECT row_no, coalesce(sales_text, '') FROM il_rows
WHERE rep IS NULL AND period IS NULL AND row_no = (SELECT max(row_no) FROM il_rows)
  AND abs(amount - (SELECT sum(amount) FROM il_rows r WHERE r.row_no < il_rows.row_no)) < 0.005
ORDER BY row_no`;
}

/**
 * Groups of source rows equal in every column, each as its row numbers joined by commas. Rows
 * are first narrowed to those sharing a hash, so the costly grouping by every column (and the
 * string of row numbers) runs on the few candidates only; a collision is caught by that grouping.
 */
export function duplicateRowsSql(firstColumn: number, columnCount: number): string {
  const columns = Array.from(
    { length: columnCount - firstColumn },
    (_, i) => `c${i + firstColumn}`,
  ).join(', ');
  return `SELECT string_agg(row_no::VARCHAR, ', ' ORDER BY row_no) AS rows FROM il_raw
WHERE hash(${columns}) IN (
  SELECT hash(${columns}) AS k FROM il_raw GROUP BY k HAVING count(*) > 1
)
GROUP BY ${columns} HAVING count(*) > 1
ORDER BY min(row_no)`;
}

/**
 * Whether every date lies within 3 days of a month's start or end, some on each side (so neither
 * all 1sts nor all month ends), and each rep has at most one per nearest month: quotas dated on
 * irregular days (May 31, Dec 1, Feb 29) that each stand for the month they border on. The days
 * are tested once per distinct date, and reps are counted only when the days pass: a sales file
 * fails at once, where testing every row of a million took a fifth of a second.
 */
export function irregularMonthsSql(): string {
  const near = "date_trunc('month', period + INTERVAL 4 DAY)";
  return `WITH days AS (
  SELECT period, count(*) AS n FROM il_rows WHERE period IS NOT NULL GROUP BY period
), shape AS (
  SELECT coalesce(sum(n), 0) AS n,
    coalesce(sum(n) > 0
      AND sum(n) FILTER (WHERE day(period) <= 3 OR period >= last_day(period) - 3) = sum(n)
      AND sum(n) FILTER (WHERE day(period) <= 3) > 0
      AND sum(n) FILTER (WHERE period >= last_day(period) - 3) > 0
      AND coalesce(sum(n) FILTER (WHERE day(period) = 1), 0) < sum(n)
      AND coalesce(sum(n) FILTER (WHERE period = last_day(period)), 0) < sum(n), false) AS ok
  FROM days
), reps AS (
  SELECT count(DISTINCT (rep, ${near})) AS months
  FROM il_rows, shape WHERE shape.ok AND period IS NOT NULL
)
SELECT shape.ok AND reps.months = shape.n AS irregular FROM shape, reps`;
}

/** Moves each date to the start of the month it borders on (see irregularMonthsSql). */
export function snapToMonthSql(): string {
  return `UPDATE il_rows SET period = date_trunc('month', period + INTERVAL 4 DAY)::DATE
WHERE period IS NOT NULL`;
}
