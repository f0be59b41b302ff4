import type { Grain } from '../types';
import { periodLabelSql } from './periodTotalsSql';

/** Format of a period label: a month as YYYY-MM, a week or day by its first day. */
export function periodFormat(grain: Grain): string {
  return grain === 'month' ? '%Y-%m' : '%Y-%m-%d';
}

/**
 * Each rep's history, every period of `cal_obs` (a ramp-up the fit left out included), with
 * what the fit expects for it: level × season × trend.
 */
export function historySql(grain: Grain, fiscalStart = 1): string {
  const label = periodLabel(grain, fiscalStart, 'o.period');
  return `SELECT o.rep, ${label} AS period, o.sales, o.target,
  fit.level * f.f * exp(fit.g * (o.tau - fit.tau_bar)) AS fitted
FROM cal_obs o
JOIN cal_fit fit ON fit.rep = o.rep
JOIN cal_factor f ON f.rep = o.rep AND f.q = o.q
ORDER BY o.rep, o.period`;
}

/**
 * SQL for the label of the period starting on `date`: quarters as 2024-Q1, or FY2024-Q1 on a
 * fiscal year (see periodLabelSql), other periods in periodFormat.
 */
export function periodLabel(grain: Grain, fiscalStart: number, date: string): string {
  return grain === 'quarter'
    ? periodLabelSql({ unit: 'quarter', fiscalStart }, date)
    : `strftime(${date}, '${periodFormat(grain)}')`;
}
