import type { Grain } from '../types';

/**
 * `cal_days(rep, period, sales, target, n)`: `sales` by rep and date, its sales summed, the
 * largest target and the count of rows, made once for the span (grain.ts) and cal_obs, which
 * each grouped the table's every row before.
 */
export const DAYS_SQL = `CREATE OR REPLACE TEMP TABLE cal_days AS
SELECT rep, period, sum(sales) AS sales, max(target) AS target, count(*) AS n
FROM sales GROUP BY rep, period`;

/**
 * `cal_obs(rep, period, sales, target, tau, q)`: sales per rep and grain period, from cal_days.
 * A rep's periods run from its first one to the end of the data, zero where it sold nothing;
 * periods in which nobody has a row are gaps in the file, not zeros, and are left out. Rows of
 * one date share a target (the max is taken), and a period's target is the sum over its dates.
 * `tau` is time in years since 1970, `q` the quarter of the year, counted from `fiscalStart` (a
 * month, 1–12) for quarters of a fiscal year.
 */
export function periodsSql(grain: Grain, fiscalStart = 1): string {
  const shift = `INTERVAL ${fiscalStart - 1} MONTH`;
  // A fiscal quarter starts 3·k months after the fiscal year's first month; q counts from it.
  const start = (day: string) =>
    grain === 'quarter'
      ? `(date_trunc('quarter', ${day} - ${shift}) + ${shift})::DATE`
      : `date_trunc('${grain}', ${day})::DATE`;
  const quarter = grain === 'quarter' ? `quarter(g.period - ${shift})` : 'quarter(g.period)';
  return `CREATE OR REPLACE TEMP TABLE cal_obs AS
WITH per_date AS (
  SELECT rep, period AS day, sales, target FROM cal_days
), per_grain AS (
  SELECT rep, ${start('day')} AS period, sum(sales) AS sales,
    sum(target) AS target
  FROM per_date GROUP BY rep, ${start('day')}
), grid AS (
  SELECT r.rep, p.period
  FROM (SELECT rep, min(period) AS first FROM per_grain GROUP BY rep) r
  JOIN (SELECT DISTINCT period FROM per_grain) p ON p.period >= r.first
)
SELECT g.rep, g.period, coalesce(a.sales, 0) AS sales, a.target,
  date_diff('day', DATE '1970-01-01', g.period) / 365.25 AS tau, ${quarter} AS q
FROM grid g LEFT JOIN per_grain a ON a.rep = g.rep AND a.period = g.period`;
}

/** Periods present in `cal_obs` against those the span holds, and rep-periods without sales. */
export function periodCountSql(grain: Grain): string {
  return `SELECT count(DISTINCT period) AS present,
  date_diff('${grain}', min(period), max(period)) + 1 AS expected,
  strftime(min(period), '%Y-%m-%d') AS first, strftime(max(period), '%Y-%m-%d') AS last,
  count(*) FILTER (WHERE sales <= 0) AS empty
FROM cal_obs`;
}
