import type { BehaviourSeries } from './types';

/** A block's behaviour figures before its first trial: one value per trial, sums per cell. */
export function emptySeries(trials: number, cells: number): BehaviourSeries {
  const perTrial = () => new Float64Array(trials);
  const perCell = () => new Float64Array(cells);
  return {
    baseSales: perTrial(),
    pulled: perTrial(),
    pushed: perTrial(),
    gaveUp: perTrial(),
    effortCost: perTrial(),
    shiftCost: perTrial(),
    hagglingCost: perTrial(),
    planningCost: perTrial(),
    utility: perTrial(),
    cellUtility: perCell(),
    cellSales: perCell(),
    cellTarget: perCell(),
    cellPulled: perCell(),
    cellPushed: perCell(),
  };
}
