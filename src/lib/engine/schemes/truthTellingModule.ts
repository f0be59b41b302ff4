/**
 * The truth-telling family as a scheme module: each rep reports the target that maximises
 * its expected pay (bestTarget), then each period is paid on its own.
 */
import { bestTarget } from '../bestResponse';
import type { PlannedScheme, TruthTellingScheme } from '../types';
import { amountCells } from './amounts';
import { cellByCell, type PlanContext, type SchemeModule } from './module';
import { assertTruthTelling, truthTellingPay, truthTellingTrial } from './truthTelling';
import { exp } from '../portableMath';

export const truthTellingModule: SchemeModule<TruthTellingScheme> = {
  plan(scheme, context) {
    assertTruthTelling(scheme);
    const cap = scheme.cap === undefined ? undefined : amountCells(scheme.cap, context, 'cap');
    const planned: PlannedScheme = {
      scheme,
      target: targets(scheme, context, cap),
      fixedPay: new Float64Array(context.reps * context.periods),
      events: [],
    };
    if (cap !== undefined) planned.cap = cap;
    return planned;
  },

  payRep: cellByCell((planned, i, y) =>
    truthTellingPay(
      planned.scheme as TruthTellingScheme,
      planned.target[i],
      y,
      planned.cap === undefined ? Infinity : planned.cap[i],
    ),
  ),
  payTrial: truthTellingTrial,
};

/**
 * With no floor or the floor at 0 the rule is homogeneous, pay(cX, cY; c·cap) = c·pay(X, Y;
 * cap), so the optimum scales with e^beliefMu: solve once per (σ, cap / e^beliefMu) instead
 * of once per rep-period.
 */
function targets(
  scheme: TruthTellingScheme,
  context: PlanContext,
  cap: Float64Array | undefined,
): Float64Array {
  const { beliefMu, beliefSigma } = context;
  const target = new Float64Array(beliefMu.length);
  const homogeneous = scheme.floor !== 'deduct';
  const perUnit = new Map<string, number>();

  for (let i = 0; i < target.length; i++) {
    const capOf = cap === undefined ? Infinity : cap[i];
    if (!homogeneous) {
      target[i] = bestTarget(scheme, { logMu: beliefMu[i], logSigma: beliefSigma[i] }, capOf);
      continue;
    }
    const scale = exp(beliefMu[i]);
    // Ratios equal in theory differ in their last bits from cell to cell: key them rounded.
    const capRatio = Number((capOf / scale).toPrecision(12));
    const key = `${beliefSigma[i]} ${capRatio}`;
    let unit = perUnit.get(key);
    if (unit === undefined) {
      unit = bestTarget(scheme, { logMu: 0, logSigma: beliefSigma[i] }, capRatio);
      perUnit.set(key, unit);
    }
    target[i] = scale * unit;
  }
  return target;
}
