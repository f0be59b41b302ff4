import type { Grain } from '../types';

/**
 * `cal_days(rep, period, sales, target, n)`: `sales` by rep and date, its sales summed, the
 * largest target and the count of rows, made once for the span (grain.ts) and cal_grain, which
 * each grouped the table's every row before.
 */
export const DAYS_SQL = `CREATE OR REPLACE TEMP TABLE cal_days AS
SELECT rep, period, sum(sales) AS sales, max(target) AS target, count(*) AS n
FROM sales GROUP BY rep, period`;

/**
 * How long a rep may have no rows at the end of the data before it is taken to have left: a
 * year, so that a rep who simply sold nothing for some months (and whose file has no zero rows)
 * stays. Known shortcoming: a rep on leave for the data's whole last year is taken to have left.
 */
export const LEFT_AFTER_MONTHS = 12;

/**
 * Three statements. `cal_grain(rep, period, sales, target)`: cal_days summed by rep and grain
 * period. `cal_left(rep, last)`: the reps with no row in the data's last LEFT_AFTER_MONTHS
 * months, who have most likely left; padding their missing year with zeros would halve their
 * level and simulate them as current reps, so they are left out of the fit. None in a snapshot
 * (every rep a single period, often dated when its record last changed): it is no history that
 * a rep's rows could stop in. `cal_obs(rep,
 * period, sales, target, tau, q)`: the other reps' sales per period, each from its first period
 * to the end of the data, zero where it sold nothing; periods in which nobody (leavers included)
 * has a row are gaps in the file, not zeros, and are left out. Rows of one date share a target
 * (the max is taken), and a period's target is the sum over its dates.
 * `tau` is time in years since 1970, `q` the quarter of the year, counted from `fiscalStart` (a
 * month, 1–12) for quarters of a fiscal year.
 */
export function periodsSql(grain: Grain, fiscalStart = 1): string[] {
  const shift = `INTERVAL ${fiscalStart - 1} MONTH`;
  // A fiscal quarter starts 3·k months after the fiscal year's first month; q counts from it.
  const start =
    grain === 'quarter'
      ? `(date_trunc('quarter', period - ${shift}) + ${shift})::DATE`
      : `date_trunc('${grain}', period)::DATE`;
  const quarter = grain === 'quarter' ? `quarter(g.period - ${shift})` : 'quarter(g.period)';
  return [
    `CREATE OR REPLACE TEMP TABLE cal_grain AS
SELECT rep, ${start} AS period, sum(sales) AS sales, sum(target) AS target
FROM cal_days GROUP BY rep, ${start}`,
    `CREATE OR REPLACE TEMP TABLE cal_left AS
SELECT rep, max(period) AS last FROM cal_grain GROUP BY rep
HAVING max(period)
  <= ((SELECT max(period) FROM cal_grain) - INTERVAL ${LEFT_AFTER_MONTHS} MONTH)::DATE
  AND (SELECT max(n) FROM (SELECT count(*) AS n FROM cal_grain GROUP BY rep)) > 1`,
    `CREATE OR REPLACE TEMP TABLE cal_obs AS
WITH grid AS (
  SELECT r.rep, p.period
  FROM (
    SELECT rep, min(period) AS first FROM cal_grain
    WHERE rep NOT IN (SELECT rep FROM cal_left) GROUP BY rep
  ) r
  JOIN (SELECT DISTINCT period FROM cal_grain) p ON p.period >= r.first
)
SELECT g.rep, g.period, coalesce(a.sales, 0) AS sales, a.target,
  date_diff('day', DATE '1970-01-01', g.period) / 365.25 AS tau, ${quarter} AS q
FROM grid g LEFT JOIN cal_grain a ON a.rep = g.rep AND a.period = g.period`,
  ];
}

/**
 * Periods present in the data (leavers' rows included) against those the span holds, and
 * rep-periods of `cal_obs` without sales.
 */
export function periodCountSql(grain: Grain): string {
  return `SELECT count(DISTINCT period) AS present,
  date_diff('${grain}', min(period), max(period)) + 1 AS expected,
  strftime(min(period), '%Y-%m-%d') AS first, strftime(max(period), '%Y-%m-%d') AS last,
  (SELECT count(*) FROM cal_obs WHERE sales <= 0) AS empty
FROM cal_grain`;
}

/**
 * The reps of `cal_left`, and the first and last periods of the data's last year they have no
 * row in; `label` turns a period's SQL date into its label (historySql's periodLabel).
 */
export function leftRepsSql(grain: Grain, label: (date: string) => string): string {
  // The year's first period: a year back from the last, one period on.
  const step = { quarter: '3 MONTH', month: '1 MONTH', week: '7 DAY', day: '1 DAY' }[grain];
  const from = `((SELECT max(period) FROM cal_grain) - INTERVAL ${LEFT_AFTER_MONTHS} MONTH
    + INTERVAL ${step})::DATE`;
  const to = '(SELECT max(period) FROM cal_grain)';
  return `SELECT rep, ${label(from)} AS "from", ${label(to)} AS "to" FROM cal_left ORDER BY rep`;
}
