import type { Grain } from '../types';

export interface FitOptions {
  /** Prior degrees of freedom d0 of the moderated variance. */
  priorDof: number;
  /** Sale periods below which a rep is thin. */
  thinBelow: number;
  /** Log volatility when no rep has the two sale periods a variance needs. */
  fallbackSigma: number;
}

/**
 * `cal_fit`: per rep, the level (mean sales per period with season and trend divided out, at the
 * rep's mean time `tau_bar`), the log volatility and past target accuracy, over the periods of
 * `cal_used` (a new rep's ramp-up left out; rampSql). The residual variance
 * of log sales over sale periods has d = n − 1 degrees of freedom (3 fewer with own seasonal
 * factors) and is moderated towards the pooled variance s0² = Σss / Σd:
 * s̃² = (ss + d0·s0²) / (d + d0) (Smyth 2004, Stat. Appl. Genet. Mol. Biol. 3(1), eq. 5).
 */
export function fitSql(options: FitOptions): string {
  const fallback = options.fallbackSigma ** 2;
  return `CREATE OR REPLACE TEMP TABLE cal_fit AS
WITH base AS (
  SELECT o.rep, o.period, o.sales, o.target, o.tau, f.f, f.own, t.g
  FROM cal_used o
  JOIN cal_factor f ON f.rep = o.rep AND f.q = o.q
  JOIN cal_trend t ON t.rep = o.rep
), per_rep AS (
  SELECT rep, avg(tau) AS tau_bar, count(*) AS n, count(*) FILTER (WHERE sales > 0) AS npos,
    bool_or(own) AS own_season, any_value(g) AS g,
    avg(abs(target - sales) / sales) FILTER (WHERE target IS NOT NULL AND sales > 0) AS mape,
    avg((target - sales) / sales) FILTER (WHERE target IS NOT NULL AND sales > 0) AS bias
  FROM base GROUP BY rep
), moments AS (
  SELECT b.rep, avg(b.sales / (b.f * exp(b.g * (b.tau - p.tau_bar)))) AS level,
    var_samp(CASE WHEN b.sales > 0 THEN ln(b.sales / b.f) - b.g * b.tau END) AS v
  FROM base b JOIN per_rep p ON p.rep = b.rep GROUP BY b.rep
), dof AS (
  SELECT p.*, m.level, (p.npos - 1) * m.v AS ss,
    p.npos - 1 - CASE WHEN p.own_season THEN 3 ELSE 0 END AS d
  FROM per_rep p JOIN moments m ON m.rep = p.rep
), pop AS (
  SELECT sum(ss) FILTER (WHERE d > 0) / sum(d) FILTER (WHERE d > 0) AS s2_pop FROM dof
)
SELECT rep, n, npos, level, tau_bar, g, mape, bias,
  CASE WHEN d > 0 THEN ss / d END AS s2_own,
  sqrt(CASE WHEN s2_pop IS NULL THEN ${fallback}
    WHEN d > 0 THEN (ss + ${options.priorDof} * s2_pop) / (d + ${options.priorDof})
    ELSE s2_pop END) AS sigma,
  npos < ${options.thinBelow} AS thin
FROM dof CROSS JOIN pop
ORDER BY rep`;
}

/**
 * Per rep, the sales of the period one year before each of the `count` simulated periods after
 * `last` (YYYY-MM-DD, the data's last period): 12 months or 4 quarters back, or 52 weeks or 364
 * days at the short grains, so a week stays a Monday. A naive rep reports what it sold then,
 * ramp-up included, so the query reads `cal_whole` (leavers out, a period without sales at 0);
 * a rep-period absent from it (a short history, a period the whole data skips or covers only
 * in part) has no row.
 */
export function lastYearSql(grain: Grain, last: string, count: number): string {
  const step =
    grain === 'month'
      ? `INTERVAL (j + 1 - 12) MONTH`
      : grain === 'quarter'
        ? `INTERVAL (3 * (j + 1) - 12) MONTH`
        : `INTERVAL (${grain === 'week' ? 7 : 1} * (j + 1) - 364) DAY`;
  return `WITH h AS (
  SELECT j::INTEGER AS j, (DATE '${last}' + ${step})::DATE AS period FROM range(${count}) t(j)
)
SELECT o.rep, h.j, o.sales FROM h JOIN cal_whole o ON o.period = h.period ORDER BY o.rep, h.j`;
}
