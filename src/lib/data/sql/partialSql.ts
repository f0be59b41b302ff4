import type { Grain } from '../types';

/** The length of one period of each grain that can hold dates finer than itself. */
const LENGTH: Record<Exclude<Grain, 'day'>, string> = {
  quarter: 'INTERVAL 3 MONTH',
  month: 'INTERVAL 1 MONTH',
  week: 'INTERVAL 7 DAY',
};

/**
 * A period at either end of the data is part-covered when the data's dates stop short of its
 * end (or start after its beginning) by a tenth of it or more, and by more than the gap between
 * the file's dates: a daily export cut on the 15th, or a year of months read by quarters that
 * ends in February. Summed like a whole period, it reads as a slump in the level, the trend and
 * the season, so the fit leaves it out (cal_whole).
 */
export const PARTIAL_SHARE = 0.1;

/**
 * `cal_partial(side, period, day, covered, days)`: the first and the last period of `cal_grain`
 * when part-covered (see PARTIAL_SHARE), with the data's first or last day, the days of the
 * period the data covers and the period's days. A file of months (`monthly`) covers each of its
 * months whole; a file of days or weeks covers from its first date to its last, where a gap of
 * up to one step between dates (the smallest, at most 7 days) counts as covered. None at day
 * grain, for quarterly files (a quota history is whole quarters) and when leaving the two out
 * would keep fewer than two periods.
 */
export function partialSql(grain: Grain, monthly: boolean, quarterly: boolean): string {
  const none =
    'CREATE OR REPLACE TEMP TABLE cal_partial AS ' +
    'SELECT NULL::VARCHAR AS side, NULL::DATE AS period, NULL::DATE AS day, ' +
    'NULL::INTEGER AS covered, NULL::INTEGER AS days WHERE false';
  if (grain === 'day' || quarterly) return none;
  const length = LENGTH[grain];
  const [first, last] = monthly
    ? ["date_trunc('month', min(d))::DATE", 'last_day(max(d))']
    : ['min(d)', 'max(d)'];
  // One row: the end periods are joined to it, so each row here would name them once more.
  const step = monthly
    ? 'SELECT 0 AS s'
    : `SELECT least(coalesce(min(gap), 1), 7) AS s
  FROM (SELECT date_diff('day', lag(d) OVER (ORDER BY d), d) AS gap FROM dates) WHERE gap > 0`;
  return `CREATE OR REPLACE TEMP TABLE cal_partial AS
WITH dates AS (SELECT DISTINCT period AS d FROM cal_days),
step AS (
  ${step}
),
bounds AS (SELECT ${first} AS first, ${last} AS last FROM dates),
periods AS (SELECT DISTINCT period FROM cal_grain),
ends AS (
  SELECT 'first' AS side, p.period, b.first AS day,
    date_diff('day', b.first, (p.period + ${length})::DATE) AS covered,
    date_diff('day', p.period, (p.period + ${length})::DATE) AS days
  FROM periods p, bounds b WHERE p.period = (SELECT min(period) FROM periods)
  UNION ALL
  SELECT 'last', p.period, b.last,
    date_diff('day', p.period, b.last) + 1,
    date_diff('day', p.period, (p.period + ${length})::DATE)
  FROM periods p, bounds b WHERE p.period = (SELECT max(period) FROM periods)
),
partial AS (
  SELECT e.* FROM ends e, step
  WHERE e.days - e.covered >= greatest(step.s + 1, ceil(${PARTIAL_SHARE} * e.days))
)
SELECT side, period, day, covered::INTEGER AS covered, days::INTEGER AS days FROM partial
WHERE (SELECT count(*) FROM periods) - (SELECT count(DISTINCT period) FROM partial) >= 2`;
}

/**
 * `cal_whole`: `cal_obs` without the part-covered periods `periods` (YYYY-MM-DD), which every
 * step of the fit reads; without any, `cal_obs` as it is, so that every sum runs over the rows
 * in the same order as before.
 */
export function wholeSql(periods: string[]): string {
  if (periods.length === 0) return 'CREATE OR REPLACE TEMP VIEW cal_whole AS SELECT * FROM cal_obs';
  const dates = periods.map((period) => `DATE '${period}'`).join(', ');
  return `CREATE OR REPLACE TEMP VIEW cal_whole AS SELECT * FROM cal_obs
WHERE period NOT IN (${dates})`;
}
