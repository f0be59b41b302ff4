import type { Estimate, RunSummary } from '../types';

/** What a sweep shows at one value of the parameter; every figure is per simulated horizon. */
export interface SweepPoint {
  value: number;
  payout: Estimate;
  sales: Estimate;
  /** Payout as a share of sales: the cost of sales. */
  share: Estimate;
  /** Target accuracy: mean absolute percentage error of target against actual. */
  mape: Estimate;
  /** Target accuracy: share of rep-periods with sales whose target is within ±10% of them. */
  within: Estimate;
  hitRate: Estimate;
}

/** The points of a sweep from the summary of a plan made of `sweepSchemes(…, values)`. */
export function sweepPoints(summary: RunSummary, values: number[]): SweepPoint[] {
  if (summary.schemes.length !== values.length) {
    throw new RangeError(
      `a sweep of ${values.length} values needs as many schemes, saw ${summary.schemes.length}`,
    );
  }
  return summary.schemes.map((s, k) => ({
    value: values[k],
    payout: { mean: s.payout.mean, se: s.payout.se },
    sales: s.sales,
    share: s.payoutShareOfSales,
    mape: s.targetMape,
    within: s.targetWithin ?? { mean: NaN, se: NaN },
    hitRate: s.hitRate,
  }));
}
