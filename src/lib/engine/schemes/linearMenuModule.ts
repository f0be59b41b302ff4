/**
 * A menu of linear contracts (the screening alternative to self-set targets): each rep picks,
 * once for the whole horizon, the (fixed pay, rate) pair with the highest expected pay under
 * its belief, found by the same quadrature as every best response. It reports no target.
 */
import { bestChoice, type LognormalBelief } from '../bestResponse';
import type { LinearMenuScheme } from '../types';
import { cellByCell, type SchemeModule } from './module';

export const linearMenuModule: SchemeModule<LinearMenuScheme> = {
  plan(scheme, context) {
    const { reps, periods, beliefMu, beliefSigma } = context;
    const cells = reps * periods;
    const fixedPay = new Float64Array(cells);
    const rate = new Float64Array(cells);
    const pay = (option: number, y: number) =>
      scheme.options[option].fixed + scheme.options[option].rate * y;

    for (let r = 0; r < reps; r++) {
      const beliefs: LognormalBelief[] = [];
      for (let i = r * periods; i < (r + 1) * periods; i++) {
        beliefs.push({ logMu: beliefMu[i], logSigma: beliefSigma[i] });
      }
      const chosen = scheme.options[bestChoice(scheme.options.length, pay, beliefs)];
      fixedPay.fill(chosen.fixed, r * periods, (r + 1) * periods);
      rate.fill(chosen.rate, r * periods, (r + 1) * periods);
    }
    return { scheme, target: new Float64Array(cells).fill(NaN), fixedPay, rate, events: [] };
  },

  payRep: cellByCell(
    (planned, i, y) => planned.fixedPay[i] + (planned.rate as Float64Array)[i] * y,
  ),
};
