/**
 * The pharmaceutical letter's pay (domain.md §3): the performance part of pay is cut in
 * proportion below the quota, pay·min(1, Y/Q), and 0.5% of the excess is paid above it.
 */

import type { HaggledQuotaScheme, PlannedScheme } from '../types';
import { MET, setTally, WITHIN, type TrialTally } from './cellByCellTally';
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

// Copies owned by this module, for the loop below: V8 folds a module's own constants into the
// code, while it reads an imported binding through its module cell, checking that it is
// initialised, at every use (about 1 ns per cell here).
const limit = ATTAINMENT_LIMIT;
const atMost1 = atMostOne;
const plus = positivePart;
const tally = setTally;
const near = WITHIN;
const met = MET;

/**
 * haggledQuotaPay over every cell of a trial, bit for bit the same, tallied in the same pass
 * as tallyCells does, with min and max branch-free (payout.ts): sales fall either side of the
 * quota at random. wasm/kernel.wat repeats this loop step for step and runs it instead where
 * WebAssembly compiles; change both together.
 */
export function haggledQuotaTrial(
  planned: PlannedScheme,
  sales: Float64Array,
  out: Float64Array,
  t: TrialTally,
): void {
  // "× 1" has V8 unbox the rate once, here; a plain copy stayed boxed and was unboxed at every
  // use in the loop.
  const excessRate = (planned.scheme as HaggledQuotaScheme).excessRate * 1;
  const { target, fixedPay } = planned;
  const { sums, squares, periods } = t;
  let payTotal = 0;
  let ape = 0;
  let bias = 0;
  let positive = 0;
  let within = 0;
  let targeted = 0;
  let hits = 0;
  let missAbs = 0;
  let miss = 0;

  setTally(t, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  for (let r = 0, i = 0; r < sums.length; r++) {
    let repPay = 0;
    for (const end = i + periods; i < end; i++) {
      const quota = target[i];
      const y = sales[i];
      // Beyond the limit (or with no quota) min(1, y/q) is 1 anyway: a predictable branch.
      const attainment = quota > 0 && y < limit * quota ? atMost1(y / quota) : 1;
      const pay = fixedPay[i] * attainment + excessRate * plus(y - quota);
      out[i] = pay;
      repPay += pay;

      if (Number.isNaN(quota)) continue;
      targeted++;
      hits += +(y >= quota * met);
      missAbs += Math.abs(quota - y);
      miss += quota - y;
      if (y > 0) {
        const gap = (quota - y) / y;
        ape += Math.abs(gap);
        bias += gap;
        positive++;
        within += +(Math.abs(gap) <= near);
      }
    }
    payTotal += repPay;
    sums[r] += repPay;
    squares[r] += repPay * repPay;
    tally(t, payTotal, ape, bias, positive, within, targeted, hits, missAbs, miss);
  }
}
