/**
 * The pharmaceutical letter's pay (domain.md §3): the performance part of pay is cut in
 * proportion below the quota, pay·min(1, Y/Q), and 0.5% of the excess is paid above it.
 */

import type { HaggledQuotaScheme, PlannedScheme } from '../types';
import { ATTAINMENT_LIMIT, atMostOne, positivePart } from './payout';

/** Pay for sales y against quota q; a quota of 0 (or less) counts as met. Allocation-free. */
export function haggledQuotaPay(
  fixedPay: number,
  excessRate: number,
  quota: number,
  y: number,
): number {
  const attainment = quota > 0 ? Math.min(1, y / quota) : 1;
  return fixedPay * attainment + excessRate * Math.max(0, y - quota);
}

/**
 * haggledQuotaPay over every cell of a trial in one loop, bit for bit the same, with the
 * min and max branch-free (payout.ts): sales fall either side of the quota at random.
 */
export function haggledQuotaTrial(
  planned: PlannedScheme,
  sales: Float64Array,
  out: Float64Array,
): void {
  const excessRate = (planned.scheme as HaggledQuotaScheme).excessRate;
  const { target, fixedPay } = planned;

  for (let i = 0; i < out.length; i++) {
    const quota = target[i];
    const y = sales[i];
    // Beyond the limit (or with no quota) min(1, y/q) is 1 anyway: a predictable branch.
    const attainment = quota > 0 && y < ATTAINMENT_LIMIT * quota ? atMostOne(y / quota) : 1;
    out[i] = fixedPay[i] * attainment + excessRate * positivePart(y - quota);
  }
}
