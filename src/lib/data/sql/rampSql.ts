/**
 * The rule that tells a new rep's ramp-up from a season or a trend. A rep's first periods are a
 * ramp-up when all of these hold:
 * - its first period sold under `far` of its last year's median, and under `far` of the same
 *   period a year later times the other reps' median ratio of that period to a year later (not
 *   a low season, which recurs a year later, nor a rise that every rep took);
 * - the ramp runs while sales stay below every period of the rep's last year;
 * - `remainYears` years or more of periods follow it, and the year after it has a median of at
 *   least `reached` of the last year's: the rise has stopped, where a trend keeps rising.
 * Known shortcomings: a team hired together ramps up together, which reads as a rise every rep
 * took, so none of them is found; a rep with no other rep in its first period and a year later
 * is compared with no one (ratio 1); a ramp-up followed by less than `remainYears` is not found.
 */
export const RAMP_RULE = { far: 0.5, reached: 0.8, remainYears: 1.5 } as const;

/**
 * `cal_ramp(rep, first, ends, until, periods)`: the reps whose history starts with a ramp-up
 * (see RAMP_RULE), its first and last periods, the first period after it, and how many periods
 * it spans. Reads
 * `cal_whole`, whose periods are month or quarter starts; `months` is the length of one period.
 */
export function rampSql(months: 1 | 3): string {
  const { far, reached, remainYears } = RAMP_RULE;
  return `CREATE OR REPLACE TEMP TABLE cal_ramp AS
WITH bounds AS (
  SELECT rep, min(period) AS first, max(period) AS last FROM cal_whole GROUP BY rep
), last_year AS (
  SELECT o.rep, median(o.sales) AS level, min(o.sales) AS floor
  FROM cal_whole o JOIN bounds b ON b.rep = o.rep
  WHERE o.period > (b.last - INTERVAL 12 MONTH)::DATE GROUP BY o.rep
), growth AS (
  SELECT a.rep, a.period, a.sales / b.sales AS ratio
  FROM cal_whole a JOIN cal_whole b
    ON b.rep = a.rep AND b.period = (a.period + INTERVAL 12 MONTH)::DATE
  WHERE a.sales > 0 AND b.sales > 0
), starts AS (
  SELECT b.rep, b.first, b.last, y.level, y.floor
  FROM bounds b
  JOIN last_year y ON y.rep = b.rep
  JOIN cal_whole o ON o.rep = b.rep AND o.period = b.first
  JOIN cal_whole later ON later.rep = b.rep
    AND later.period = (b.first + INTERVAL 12 MONTH)::DATE
  WHERE o.sales < ${far} * y.level
    AND o.sales < ${far} * later.sales * coalesce((SELECT median(g.ratio) FROM growth g
      WHERE g.period = b.first AND g.rep <> b.rep), 1)
), runs AS (
  SELECT s.rep, s.first, s.last, s.level, min(o.period) AS until
  FROM starts s JOIN cal_whole o ON o.rep = s.rep AND o.sales >= s.floor
  GROUP BY s.rep, s.first, s.last, s.level
), after AS (
  SELECT r.rep, r.first, r.until, r.last, r.level, median(o.sales) AS next_level
  FROM runs r JOIN cal_whole o ON o.rep = r.rep
    AND o.period >= r.until AND o.period < (r.until + INTERVAL 12 MONTH)::DATE
  GROUP BY r.rep, r.first, r.until, r.last, r.level
), ramp AS (
  SELECT a.rep, a.first, a.until, a.last, a.level, a.next_level,
    count(p.period)::INTEGER AS periods, max(p.period) AS ends
  FROM after a LEFT JOIN cal_whole p ON p.rep = a.rep AND p.period < a.until
  GROUP BY ALL
)
SELECT rep, first, ends, until, periods FROM ramp
WHERE periods > 0 AND date_diff('month', until, last) + ${months} >= ${remainYears * 12}
  AND next_level >= ${reached} * level
ORDER BY rep`;
}

/**
 * `cal_used`: the periods the fit uses, `cal_whole` without each rep's ramp-up. With no ramp-up
 * it reads `cal_whole` as it is, so that every sum runs over the rows in the same order as before.
 */
export function usedSql(anyRamp: boolean): string {
  if (!anyRamp) return 'CREATE OR REPLACE TEMP VIEW cal_used AS SELECT * FROM cal_whole';
  return `CREATE OR REPLACE TEMP VIEW cal_used AS
SELECT o.* FROM cal_whole o LEFT JOIN cal_ramp r ON r.rep = o.rep
WHERE r.until IS NULL OR o.period >= r.until`;
}
