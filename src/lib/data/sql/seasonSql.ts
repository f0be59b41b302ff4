export interface SeasonOptions {
  /** False when the history is not monthly or spans less than a year. */
  enabled: boolean;
  /** Sale periods a rep needs to enter the pooled factors (a full year). */
  pooledMin: number;
  /** Sale periods a rep needs for factors of its own. */
  ownMin: number;
}

/**
 * `cal_season(q, f)` pooled over reps, then `cal_factor(rep, q, f, own)`. The log of detrended
 * sales, centred per rep, is averaged per quarter of the year; factors are exp of that average
 * divided by their mean, so they average 1. Centring per rep is exact for histories of whole
 * years and close otherwise. Reps with `ownMin` sale periods get their own factors, the others
 * the pooled ones; a set missing a quarter is not used.
 */
export function seasonSql(options: SeasonOptions): string[] {
  if (!options.enabled) {
    return [
      'CREATE OR REPLACE TEMP TABLE cal_season AS SELECT 1 AS q, 1.0::DOUBLE AS f WHERE false',
      `CREATE OR REPLACE TEMP TABLE cal_factor AS
SELECT rep, unnest([1, 2, 3, 4]) AS q, 1.0::DOUBLE AS f, false AS own
FROM (SELECT DISTINCT rep FROM cal_used)`,
    ];
  }

  const centred = `cal_centred AS (
  SELECT rep, q, d - avg(d) OVER (PARTITION BY rep) AS c, count(*) OVER (PARTITION BY rep) AS n
  FROM (
    SELECT o.rep, o.q, ln(o.sales) - t.g * o.tau AS d
    FROM cal_used o JOIN cal_trend t ON t.rep = o.rep
    WHERE o.sales > 0
  )
)`;

  return [
    `CREATE OR REPLACE TEMP TABLE cal_season AS
WITH ${centred}, pooled AS (
  SELECT q, exp(avg(c)) AS e FROM cal_centred WHERE n >= ${options.pooledMin} GROUP BY q
)
SELECT q, e / avg(e) OVER () AS f FROM pooled
WHERE (SELECT count(*) FROM pooled) = 4`,
    `CREATE OR REPLACE TEMP TABLE cal_factor AS
WITH ${centred}, own AS (
  SELECT rep, q, exp(avg(c)) AS e FROM cal_centred WHERE n >= ${options.ownMin} GROUP BY rep, q
), own_f AS (
  SELECT rep, q, e / avg(e) OVER (PARTITION BY rep) AS f FROM own
  WHERE rep IN (SELECT rep FROM own GROUP BY rep HAVING count(*) = 4)
)
SELECT r.rep, qs.q, coalesce(o.f, s.f, 1.0) AS f, o.f IS NOT NULL AS own
FROM (SELECT DISTINCT rep FROM cal_used) r
CROSS JOIN (SELECT unnest([1, 2, 3, 4]) AS q) qs
LEFT JOIN own_f o ON o.rep = r.rep AND o.q = qs.q
LEFT JOIN cal_season s ON s.q = qs.q`,
  ];
}
