import type { SweepParameter } from '$lib/engine/sweep';
import { t } from '$lib/i18n/i18n.svelte';
import { csvText } from '$lib/state/csv';
import type { RepPay, SweepResult } from '$lib/state/tuning.svelte';
import { parameterKind, parameterLabel } from './parameterFormat';

// Amounts are written in the data's own unit (万元 stay 万元), so each money column names that
// unit in the current language, as the charts' axes do; shares and rates need none.

/** The swept parameter's column: an amount of pay is named with its unit. */
function parameterColumn(parameter: SweepParameter): string {
  const name = parameterLabel(parameter);
  return parameterKind(parameter) === 'money' ? t('tune.csv.amount', { name }) : name;
}

/** The per-rep pay table at one parameter value as a CSV file's text. */
export function repPayCsv(parameter: SweepParameter, value: number, rows: RepPay[]): string {
  const quantile = (name: string) => t('tune.csv.quantile', { quantile: name });
  const header = [
    t('tune.csv.rep'),
    t('tune.csv.name'),
    parameterColumn(parameter),
    t('tune.csv.mean'),
    t('tune.csv.se'),
    quantile('P5'),
    quantile('P50'),
    quantile('P95'),
  ];
  const body = rows.map((r) => [r.id, r.name, value, r.mean, r.se, r.p5, r.p50, r.p95]);
  return csvText(header, body);
}

/** A sweep's points as a CSV file's text, one row per value of the parameter. */
export function sweepCsv(result: Pick<SweepResult, 'parameter' | 'points'>): string {
  const header = [
    parameterColumn(result.parameter),
    t('tune.csv.payout'),
    t('tune.csv.payoutSe'),
    t('tune.csv.sales'),
    t('tune.csv.share'),
    t('tune.csv.shareSe'),
    t('tune.csv.mape'),
    t('tune.csv.within'),
    t('tune.csv.withinSe'),
    t('tune.csv.hitRate'),
  ];
  const body = result.points.map((p) => [
    p.value,
    p.payout.mean,
    p.payout.se,
    p.sales.mean,
    p.share.mean,
    p.share.se,
    p.mape.mean,
    p.within.mean,
    p.within.se,
    p.hitRate.mean,
  ]);
  return csvText(header, body);
}
