// Relative imports: the command line marks the same figures missing by these rules.
import type { SchemeBehaviourSummary, UtilityLost } from '../../engine/behaviour/types';
import { halfWidth95 } from '../../engine/interval';
import type { Estimate } from '../../engine/types';
import type { FormatStyle, NumberKind } from '../../i18n/format';
import { figureText, intervalText } from '../tables/cellText';
import { haggles } from './haggles';

type Format = (value: number, kind: NumberKind, style?: FormatStyle) => string;

/** What a missing figure reads, as the formats write a non-finite number. */
const NONE = NaN;

const meanOf = (values: number[], keep: boolean[]) => {
  const kept = values.filter((v, r) => keep[r] && Number.isFinite(v));
  return kept.length > 0 ? kept.reduce((a, b) => a + b, 0) / kept.length : NaN;
};

/**
 * The behaviour table's cells of one scheme: `figures` from the lift to the profit, and the rep
 * utility, null where it is not computable (its cell says so). A figure the scheme does not
 * have reads '–': the opening gap and haggling cost where no quota was haggled, and effort,
 * lift, extra sales and moved deals where the model does not cover the scheme's kind (its reps
 * are held at no extra effort, so those would read as results they are not).
 */
export function rowCells(s: SchemeBehaviourSummary, strategic: boolean[], format: Format) {
  // A 95% interval from the Monte Carlo standard error, rounded as Compare's tables round it.
  const interval = (e: Estimate, kind: NumberKind) => {
    const cell = { value: e.mean, halfWidth: halfWidth95(e) };
    return Number.isFinite(e.mean)
      ? `${figureText(cell, kind, format)} ${intervalText(cell, kind, format)}`
      : format(NONE, kind);
  };
  const none: Estimate = { mean: NONE, se: NONE };
  const modelled = (e: Estimate) => (s.modelled ? e : none);
  const haggled = haggles(s);
  const figures = [
    format(s.modelled ? meanOf(s.lift, strategic) - 1 : NONE, 'percent'),
    interval(s.sales, 'money'),
    interval(modelled(s.extraSales), 'money'),
    interval(s.payout, 'money'),
    interval(s.costOfSales, 'percent'),
    interval(modelled(s.pulled), 'money'),
    interval(modelled(s.pushed), 'money'),
    interval(modelled(s.gaveUp), 'percent'),
    format(haggled ? s.openingGap : NONE, 'percent'),
    format(haggled ? s.hagglingCost : NONE, 'money'),
    interval(s.targetWithin, 'percent'),
    interval(s.planningCost, 'money'),
    interval(s.profit, 'money'),
  ];
  const utility = Number.isNaN(s.repUtility.mean) ? null : interval(s.repUtility, 'money');
  return { figures, utility };
}

/**
 * Why some scheme's rep utility is missing, each reason once, in a fixed order. A missing
 * utility without a stated reason is taken as the ceiling, the first reason the summary gave.
 */
export function utilityLosses(schemes: SchemeBehaviourSummary[]): UtilityLost[] {
  const lost = new Set(
    schemes.filter((s) => Number.isNaN(s.repUtility.mean)).map((s) => s.utilityLost ?? 'ceiling'),
  );
  return (['ceiling', 'ruin'] as const).filter((reason) => lost.has(reason));
}
