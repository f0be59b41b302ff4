/**
 * The condiment letter (domain.md §4) as a scheme module. Within each month the steps run in
 * this order: the month's sales are added to the cumulative total; the month is on target or
 * not (every SKU); the demotion streak (a missed month extends it; at `demotion.periods` in a
 * row the demotion is counted, its penalty deducted and the streak restarts); at the end of a
 * settlement block (every `settleEvery` months, and at the end of the horizon) the block's
 * commission is paid if every month of it was on target, else withheld, and then all
 * withheld commission is paid if cumulative sales have caught up with cumulative targets;
 * last the fines are deducted. The base salary is paid every month. Commission is paid in
 * the month that closes its block (the letter pays it by the 20th of the next month).
 * Withheld commission that never catches up within the horizon is not paid: it is tallied,
 * as are the fines and, when the letter sets one, the demotions' penalty, apart from the pay.
 * All simulated sales count as confirmed by the supervisor and the distributor. Sales short of
 * a target by rounding only, as MET allows, reach it, month by month and cumulatively.
 */
import type { CondimentLetterScheme, PlannedScheme } from '../types';
import { amountCells } from './amounts';
import { MET } from './cellByCellTally';
import { mixCommission, skuThreshold } from './condimentLetter';
import { periodFines } from './fines';
import type { PlanContext, SchemeModule } from './module';

export const condimentLetterModule: SchemeModule<CondimentLetterScheme> = {
  plan(scheme, context) {
    const { target, catchUp } = thresholds(scheme, context);
    const cells = target.length;
    return {
      scheme,
      target,
      fixedPay: new Float64Array(cells),
      basePay: amountCells(scheme.baseSalary, context, 'baseSalary'),
      rate: new Float64Array(cells).fill(mixCommission(scheme.skus)),
      catchUp,
      events: [{ id: 'demotion', label: 'Demotion', periodsPerYear: scheme.periodsPerYear }],
      deductions: [
        { id: 'fines', label: 'Fines' },
        { id: 'withheld', label: 'Commission still withheld at the end' },
        // Only a letter that sets a penalty tallies it, so the table has no row of zeros.
        ...(scheme.demotion.penalty > 0 ? [{ id: 'penalties', label: 'Penalties' }] : []),
      ],
    };
  },

  payRep(planned, r, sales, out, context) {
    const scheme = planned.scheme as CondimentLetterScheme;
    const { target, basePay, rate, catchUp } = planned as Required<PlannedScheme>;
    const { periods, duties, events, deductions } = context;
    let cumulative = 0;
    let streak = 0;
    let block = 0;
    let blockOnTarget = true;
    let withheld = 0;
    let penalties = 0;

    for (let p = 0; p < periods; p++) {
      const i = r * periods + p;
      const y = sales[i];
      cumulative += y;
      const onTarget = y >= target[i] * MET;
      let pay = basePay[i];

      streak = onTarget ? 0 : streak + 1;
      if (streak === scheme.demotion.periods) {
        events[0]++;
        pay -= scheme.demotion.penalty;
        penalties += scheme.demotion.penalty;
        streak = 0;
      }

      block += rate[i] * y;
      blockOnTarget = blockOnTarget && onTarget;
      if ((p + 1) % scheme.settleEvery === 0 || p === periods - 1) {
        if (blockOnTarget) pay += block;
        else withheld += block;
        if (withheld > 0 && cumulative >= catchUp[i] * MET) {
          pay += withheld;
          withheld = 0;
        }
        block = 0;
        blockOnTarget = true;
      }

      const fined = periodFines(scheme.fines, duties);
      deductions[0] += fined;
      out[i] = pay - fined;
    }
    deductions[1] += withheld;
    if (scheme.demotion.penalty > 0) deductions[2] += penalties;
  },
};

/** Monthly and cumulative thresholds in total cases per cell, from every SKU's targets. */
function thresholds(scheme: CondimentLetterScheme, context: PlanContext) {
  const { reps, periods } = context;
  const perSku = scheme.skus.map((sku, k) => amountCells(sku.target, context, `skus[${k}].target`));
  const target = new Float64Array(reps * periods);
  const catchUp = new Float64Array(reps * periods);
  const running = new Float64Array(scheme.skus.length);

  for (let r = 0; r < reps; r++) {
    running.fill(0);
    for (let i = r * periods; i < (r + 1) * periods; i++) {
      perSku.forEach((cells, k) => (running[k] += cells[i]));
      target[i] = skuThreshold(scheme.skus, (k) => perSku[k][i]);
      catchUp[i] = skuThreshold(scheme.skus, (k) => running[k]);
    }
  }
  return { target, catchUp };
}
