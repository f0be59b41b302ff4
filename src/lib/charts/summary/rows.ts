import type { Estimate, RunSummary, SchemeSummary } from '../../engine/types';
import type { NumberKind } from '../../i18n/format';

/** The metrics of the summary table, in the order shown (names are also test ids). */
export type MetricName =
  | 'payoutMean'
  | 'payoutSe'
  | 'payoutP5'
  | 'payoutP50'
  | 'payoutP95'
  | 'salesMean'
  | 'payoutShareOfSales'
  | 'targetMape'
  | 'targetBias'
  | 'targetWithin'
  | 'hitRate';

export const metricNames: readonly MetricName[] = [
  'payoutMean',
  'payoutSe',
  'payoutP5',
  'payoutP50',
  'payoutP95',
  'salesMean',
  'payoutShareOfSales',
  'targetMape',
  'targetBias',
  'targetWithin',
  'hitRate',
];

/** A value and the half-width of its 95% interval (1.96 standard errors), if it has one. */
export interface Cell {
  value: number;
  halfWidth: number | null;
}

export interface SummaryRow {
  metric: MetricName;
  kind: NumberKind;
  /** One cell per scheme, in the summary's order. */
  cells: Cell[];
  /** One cell per difference (scheme − baseline); null where no paired difference is kept. */
  differences: (Cell | null)[];
}

/** Normal 97.5% quantile: mean ± 1.96·se covers 95% of the Monte Carlo error. */
export const z95 = 1.959963984540054;

function withInterval(estimate: Estimate): Cell {
  return { value: estimate.mean, halfWidth: z95 * estimate.se };
}

function plain(value: number): Cell {
  return { value, halfWidth: null };
}

function cellOf(s: SchemeSummary, metric: MetricName): Cell {
  switch (metric) {
    case 'payoutMean':
      return withInterval(s.payout);
    case 'payoutSe':
      return plain(s.payout.se);
    case 'payoutP5':
      return plain(s.payout.p5);
    case 'payoutP50':
      return plain(s.payout.p50);
    case 'payoutP95':
      return plain(s.payout.p95);
    case 'salesMean':
      return withInterval(s.sales);
    case 'payoutShareOfSales':
      return withInterval(s.payoutShareOfSales);
    case 'targetMape':
      return withInterval(s.targetMape);
    case 'targetBias':
      return withInterval(s.targetBias);
    case 'targetWithin':
      return withInterval(s.targetWithin ?? { mean: NaN, se: NaN });
    case 'hitRate':
      return withInterval(s.hitRate);
  }
}

type Paired = 'payout' | 'sales' | 'payoutShareOfSales' | 'targetMape' | 'targetWithin' | 'hitRate';

const differenceOf: Partial<Record<MetricName, Paired>> = {
  payoutMean: 'payout',
  salesMean: 'sales',
  payoutShareOfSales: 'payoutShareOfSales',
  targetMape: 'targetMape',
  targetWithin: 'targetWithin',
  hitRate: 'hitRate',
};

const kinds: Record<MetricName, NumberKind> = {
  payoutMean: 'money',
  payoutSe: 'money',
  payoutP5: 'money',
  payoutP50: 'money',
  payoutP95: 'money',
  salesMean: 'money',
  payoutShareOfSales: 'percent',
  targetMape: 'percent',
  targetBias: 'percent',
  targetWithin: 'percent',
  hitRate: 'percent',
};

/** The rows of the summary table: every metric of every scheme and each paired difference. */
export function summaryRows(summary: RunSummary): SummaryRow[] {
  return metricNames.map((metric) => {
    const field = differenceOf[metric];
    return {
      metric,
      kind: kinds[metric],
      cells: summary.schemes.map((s) => cellOf(s, metric)),
      differences: summary.differences.map((d) => {
        if (!field) return null;
        const estimate = d[field];
        return estimate === undefined ? null : withInterval(estimate);
      }),
    };
  });
}
