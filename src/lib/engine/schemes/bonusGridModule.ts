/**
 * The bonus grid as a scheme module: the company sets the quota, each rep forecasts the X
 * that maximises its expected bonus (the engine's one solver), then each period is paid on
 * its own.
 */
import { bestResponse } from '../bestResponse';
import type { BonusGridScheme } from '../types';
import { amountCells, quotaCells } from './amounts';
import { bonusGridPay } from './bonusGrid';
import { cellByCell, type SchemeModule } from './module';
import { exp } from '../portableMath';

export const bonusGridModule: SchemeModule<BonusGridScheme> = {
  plan(scheme, context) {
    const quota = quotaCells(scheme.quota, context, 'quota');
    const fixedPay = amountCells(scheme.standardBonus, context, 'standardBonus');
    const { beliefMu, beliefSigma } = context;
    const target = new Float64Array(quota.length);

    // The grid's pay is homogeneous, pay(cX, cY; cQ, c·bonus) = c·pay, unless the floor
    // deducts a fixed base pay: solve once per (σ, Q / e^μ, bonus / e^μ) when it does not.
    const perUnit = new Map<string, number>();
    const floorFixed = scheme.floor === 'deduct';
    for (let i = 0; i < target.length; i++) {
      const scale = floorFixed ? 1 : exp(beliefMu[i]);
      // Ratios equal in theory differ in their last bits from cell to cell: key them rounded.
      const q = unitRatio(quota[i] / scale);
      const bonus = unitRatio(fixedPay[i] / scale);
      const logMu = floorFixed ? beliefMu[i] : 0;
      const key = `${beliefSigma[i]} ${q} ${bonus} ${logMu}`;
      let unit = perUnit.get(key);
      if (unit === undefined) {
        const pay = (x: number, y: number) => bonusGridPay(scheme, bonus, q, x, y);
        unit = bestResponse(pay, { logMu, logSigma: beliefSigma[i] });
        perUnit.set(key, unit);
      }
      target[i] = scale * unit;
    }
    return { scheme, target, fixedPay, quota, events: [] };
  },

  payRep: cellByCell((planned, i, y) =>
    bonusGridPay(
      planned.scheme as BonusGridScheme,
      planned.fixedPay[i],
      (planned.quota as Float64Array)[i],
      planned.target[i],
      y,
    ),
  ),
};

/** 12 significant digits: far finer than the solver's tolerance, coarse enough to match. */
function unitRatio(x: number): number {
  return Number(x.toPrecision(12));
}
