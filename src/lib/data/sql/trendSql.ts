/**
 * `cal_trend(rep, g_raw, se2, g)`: log growth per year. At monthly grain a rep's own estimate is
 * the mean 12-month log difference, in which quarterly seasonality cancels. Its mean telescopes
 * to min(12, k) terms on each side, so its variance is var(d)·min(12, k)/k² for k differences.
 * Each is shrunk to the population mean with weight tau²/(tau² + se²), tau² the between-rep
 * variance by moments (normal-normal empirical Bayes; Efron & Morris 1975, JASA 70:311).
 * Quarters use the same yearly differences, with 4 periods a year in place of 12. Without
 * monthly or quarterly history, every rep gets no trend.
 */
export function trendSql(monthly: boolean, perYear = 12): string {
  if (!monthly) {
    return `CREATE OR REPLACE TEMP TABLE cal_trend AS
SELECT DISTINCT rep, NULL::DOUBLE AS g_raw, NULL::DOUBLE AS se2, 0.0::DOUBLE AS g FROM cal_used`;
  }

  return `CREATE OR REPLACE TEMP TABLE cal_trend AS
WITH diffs AS (
  SELECT a.rep, ln(a.sales) - ln(b.sales) AS d
  FROM cal_used a JOIN cal_used b
    ON b.rep = a.rep AND b.period = (a.period - INTERVAL 12 MONTH)::DATE
  WHERE a.sales > 0 AND b.sales > 0
), own AS (
  SELECT rep, avg(d) AS g_raw, var_samp(d) * least(count(*), ${perYear}) / count(*) ^ 2 AS se2
  FROM diffs GROUP BY rep HAVING count(*) >= 2
), pop AS (
  SELECT avg(g_raw) AS g_pop, greatest(coalesce(var_samp(g_raw), 0) - avg(se2), 0) AS tau2
  FROM own
)
SELECT r.rep, own.g_raw, own.se2, coalesce(CASE WHEN pop.tau2 + own.se2 > 0
    THEN (pop.tau2 * own.g_raw + own.se2 * pop.g_pop) / (pop.tau2 + own.se2) END,
  own.g_raw, pop.g_pop, 0.0) AS g
FROM (SELECT DISTINCT rep FROM cal_used) r LEFT JOIN own ON own.rep = r.rep CROSS JOIN pop`;
}
