import type { Grain } from '../types';

/** Format of a period label: a month as YYYY-MM, a week or day by its first day. */
export function periodFormat(grain: Grain): string {
  return grain === 'month' ? '%Y-%m' : '%Y-%m-%d';
}

/** Each rep's history with what the fit expects for it: level × season × trend. */
export function historySql(grain: Grain): string {
  return `SELECT o.rep, strftime(o.period, '${periodFormat(grain)}') AS period, o.sales, o.target,
  fit.level * f.f * exp(fit.g * (o.tau - fit.tau_bar)) AS fitted
FROM cal_obs o
JOIN cal_fit fit ON fit.rep = o.rep
JOIN cal_factor f ON f.rep = o.rep AND f.q = o.q
ORDER BY o.rep, o.period`;
}
