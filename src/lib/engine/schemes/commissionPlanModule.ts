/**
 * The commission plan as a scheme module. Its memory is the balance of a recoverable draw;
 * what a rep still owes at the end of the horizon is written off (the horizon is the plan
 * year; carrying it into the next year would need a longer horizon).
 */
import type { CommissionPlanScheme } from '../types';
import { amountCells, filled, targetQuotas } from './amounts';
import { afterDraw, commissionableBase, tieredCommission, type DrawState } from './commissionPlan';
import type { SchemeModule } from './module';

// One scratch balance, reset for each rep: payRep runs to the end before it is called again.
const state: DrawState = { owed: 0 };

export const commissionPlanModule: SchemeModule<CommissionPlanScheme> = {
  plan(scheme, context) {
    const quotas = targetQuotas(scheme.quota, context, 'quota');
    const cells = quotas.target.length;
    return {
      scheme,
      ...quotas,
      fixedPay: new Float64Array(cells),
      basePay: amountCells(scheme.basePay, context, 'basePay'),
      cap:
        scheme.cap === undefined
          ? filled(context, Infinity)
          : amountCells(scheme.cap, context, 'cap'),
      draw:
        scheme.draw === undefined
          ? filled(context, 0)
          : amountCells(scheme.draw.amount, context, 'draw'),
      events: [],
    };
  },

  payRep(planned, r, sales, out, context) {
    const scheme = planned.scheme as CommissionPlanScheme;
    const { target, basePay, cap, draw } = planned as Required<typeof planned>;
    const recoverable = scheme.draw?.kind === 'recoverable';
    state.owed = 0;

    const first = r * context.periods;
    for (let i = first; i < first + context.periods; i++) {
      const net = commissionableBase(sales[i], scheme.returnsShare * sales[i]);
      const commission = tieredCommission(scheme.tiers, scheme.threshold, target[i], net, cap[i]);
      out[i] = basePay[i] + afterDraw(commission, draw[i], recoverable, state);
    }
  },
};
