import { halfWidth95 } from '../../engine/interval';
import { repGroupCount } from '../../engine/repGroups';
import type { Outcomes } from '../../engine/sweep';
import type { Estimate, RunSummary } from '../../engine/types';
import type { NumberKind } from '../../i18n/format';
import type { Cell } from '../summary/rows';

/** What an executive compares, in the order shown (names are also test ids). */
export type OutcomeName =
  | 'sales'
  | 'payout'
  | 'costOfSales'
  | 'profit'
  | 'targetMape'
  | 'targetWithin'
  | 'planningCost'
  | 'hitRate'
  | 'repUtility'
  | 'payRateSpread';

export const outcomeNames: readonly OutcomeName[] = [
  'sales',
  'payout',
  'costOfSales',
  'profit',
  'targetMape',
  'targetWithin',
  'planningCost',
  'hitRate',
  'repUtility',
  'payRateSpread',
];

/** Which way is good for the company (or, for utility, the reps). */
export type Better = 'higher' | 'lower';

/** What a row of the executive table holds beside its name. */
export interface FigureRow {
  kind: NumberKind;
  better: Better;
  /** One per scheme, in the summary's order; null while the figure is still being computed. */
  cells: (Cell | null)[];
  /** One per difference of the summary (scheme − baseline), in its order. */
  differences: (Cell | null)[];
}

export interface OutcomeRow extends FigureRow {
  metric: OutcomeName;
}

const meta: Record<OutcomeName, { kind: NumberKind; better: Better }> = {
  sales: { kind: 'money', better: 'higher' },
  payout: { kind: 'money', better: 'lower' },
  costOfSales: { kind: 'percent', better: 'lower' },
  profit: { kind: 'money', better: 'higher' },
  targetMape: { kind: 'percent', better: 'lower' },
  targetWithin: { kind: 'percent', better: 'higher' },
  planningCost: { kind: 'percent', better: 'lower' },
  hitRate: { kind: 'percent', better: 'higher' },
  repUtility: { kind: 'money', better: 'higher' },
  payRateSpread: { kind: 'percent', better: 'lower' },
};

/** A figure and its 95% interval, of Student's t where its standard error has few groups. */
export const cell = (e: Estimate | undefined): Cell | null =>
  e === undefined ? null : { value: e.mean, halfWidth: halfWidth95(e) };

/**
 * The executive table: the summary's own figures and, once the blocks have been gone through
 * again, the outcomes (profit, planning cost, rep utility, spread of pay). Outcomes must be
 * computed against the baseline of `summary.differences`.
 */
export function outcomeRows(summary: RunSummary, extra: Outcomes | null): OutcomeRow[] {
  const own = (id: string) => extra?.schemes.find((s) => s.id === id);
  const paired = (id: string) => extra?.differences.find((d) => d.id === id);

  const pick = (metric: OutcomeName, id: string, difference: boolean): Estimate | undefined => {
    const base = difference
      ? summary.differences.find((d) => d.id === id)
      : summary.schemes.find((s) => s.id === id);
    const more = difference ? paired(id) : own(id);
    switch (metric) {
      case 'sales':
        return base?.sales;
      case 'payout':
        return base?.payout;
      case 'costOfSales':
        return base?.payoutShareOfSales;
      case 'targetMape':
        return base?.targetMape;
      case 'targetWithin':
        return base?.targetWithin;
      case 'hitRate':
        return base?.hitRate;
      default:
        return more?.[metric];
    }
  };

  return outcomeNames.map((metric) => ({
    metric,
    ...meta[metric],
    cells: summary.schemes.map((s) => cell(pick(metric, s.id, false))),
    differences: summary.differences.map((d) => cell(pick(metric, d.id, true))),
  }));
}

/**
 * The outcomes that have a figure but no interval because the run is too short for one (a
 * scheme with no such figure, a menu's target error, is none of them): rep
 * utility and the spread of pay are measured across reps over the whole run, and their
 * interval is a jackknife over groups of blocks (sweep/jackknife.ts), which needs two groups,
 * so more than one block of BLOCK_TRIALS trials.
 */
export function withoutInterval(rows: readonly OutcomeRow[], trials: number): OutcomeName[] {
  if (repGroupCount({ trials }) >= 2) return [];
  return rows
    .filter((row) =>
      row.cells.some((c) => c !== null && Number.isFinite(c.value) && c.halfWidth === null),
    )
    .map((row) => row.metric);
}
