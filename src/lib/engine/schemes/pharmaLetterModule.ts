/**
 * The pharmaceutical letter (domain.md §3) as a scheme module. Within each period the steps
 * run in this order: pay on the quota (base in full, performance pay·min(1, Y/Q), 0.5% of the
 * excess); the review streak (a missed quarter extends it; at `review.periods` in a row the
 * review is counted, its penalty deducted and the streak restarts; a quarter short of the
 * quota by rounding only, as MET allows, is not missed); in the first period only, the
 * receivables collection; then the fines. The fines, and the penalties when the letter sets
 * any, are also tallied apart from the pay they come off. The expense budget is a cost to the
 * company.
 */
import { standardNormal } from '../normal';
import type { PharmaLetterScheme, PlannedScheme } from '../types';
import { amountCells, filled, targetQuotas } from './amounts';
import { MET } from './cellByCellTally';
import { periodFines } from './fines';
import { haggledQuotaPay } from './haggledQuota';
import type { SchemeModule } from './module';
import { exp } from '../portableMath';

const FINES = { id: 'fines', label: 'Fines' };
const PENALTIES = { id: 'penalties', label: 'Penalties' };

/** Whether the letter sets a penalty; only then are penalties tallied, after the fines. */
const penalised = (scheme: PharmaLetterScheme) =>
  scheme.review.penalty > 0 || (scheme.receivables?.penalty ?? 0) > 0;

export const pharmaLetterModule: SchemeModule<PharmaLetterScheme> = {
  plan(scheme, context) {
    const events = [{ id: 'review', label: 'Job review', periodsPerYear: scheme.periodsPerYear }];
    if (scheme.receivables !== undefined) {
      events.push({
        id: 'receivables-missed',
        label: 'Receivables target missed',
        periodsPerYear: scheme.periodsPerYear,
      });
    }
    return {
      scheme,
      ...targetQuotas(scheme.quota, context, 'quota'),
      fixedPay: amountCells(scheme.performancePay, context, 'performancePay'),
      basePay: amountCells(scheme.basePay, context, 'basePay'),
      expense: filled(context, scheme.expenseBudget / scheme.periodsPerYear),
      events,
      deductions: penalised(scheme) ? [FINES, PENALTIES] : [FINES],
    };
  },

  payRep(planned, r, sales, out, context) {
    const scheme = planned.scheme as PharmaLetterScheme;
    const { target, fixedPay, basePay } = planned as Required<PlannedScheme>;
    const { periods, duties, events, deductions } = context;
    const tallied = penalised(scheme);
    let streak = 0;
    let penalties = 0;

    for (let p = 0; p < periods; p++) {
      const i = r * periods + p;
      const y = sales[i];
      let pay = basePay[i] + haggledQuotaPay(fixedPay[i], scheme.excessRate, target[i], y);

      streak = y < target[i] * MET ? streak + 1 : 0;
      if (streak === scheme.review.periods) {
        events[0]++;
        pay -= scheme.review.penalty;
        penalties += scheme.review.penalty;
        streak = 0;
      }

      const owed = scheme.receivables;
      if (p === 0 && owed !== undefined) {
        // Collections are lognormal with mean `expected`: e^{σZ − σ²/2} has mean 1.
        const z = standardNormal(duties);
        const collected = owed.expected * exp(owed.sigma * z - 0.5 * owed.sigma * owed.sigma);
        if (collected < owed.target) {
          events[1]++;
          pay -= owed.penalty;
          penalties += owed.penalty;
        }
      }

      const fined = periodFines(scheme.fines, duties);
      deductions[0] += fined;
      out[i] = pay - fined;
    }
    if (tallied) deductions[1] += penalties;
  },
};
