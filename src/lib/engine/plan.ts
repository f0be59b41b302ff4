/**
 * Turns settings and calibrated reps into a SimPlan: lognormal parameters per rep-period, the
 * target each rep reports under every truth-telling scheme and the quota haggled under every
 * quota scheme. Everything a trial needs is fixed here, so trials only draw sales.
 */
import { bestTarget } from './bestResponse';
import { BLOCK_TRIALS, MAX_TRIALS } from './constants';
import { haggledQuotas } from './haggling';
import { assertTruthTelling } from './schemes/truthTelling';
import type { PlannedScheme, RepModel, Scheme, SimPlan } from './types';

export interface PlanSettings {
  seed: number;
  trials: number;
  schemes: Scheme[];
}

/** Builds the plan; bad settings are programmer errors here (scenarios are checked earlier). */
export function makePlan(settings: PlanSettings, reps: RepModel[]): SimPlan {
  const periods = checkInputs(settings, reps);
  const cells = reps.length * periods;
  const logMu = new Float64Array(cells);
  const logSigma = new Float64Array(cells);
  const expected = new Float64Array(cells);

  // A lognormal with mean m and log-sd σ has log-mean ln(m) − σ²/2.
  reps.forEach((rep, r) => {
    for (let p = 0; p < periods; p++) {
      const i = r * periods + p;
      expected[i] = rep.mean[p];
      logSigma[i] = rep.sigma;
      logMu[i] = Math.log(rep.mean[p]) - 0.5 * rep.sigma * rep.sigma;
    }
  });

  const schemes = settings.schemes.map((scheme) =>
    planScheme(scheme, settings.seed, expected, logMu, logSigma),
  );
  return {
    seed: settings.seed,
    trials: settings.trials,
    reps: reps.length,
    periods,
    logMu,
    logSigma,
    schemes,
  };
}

/** Number of BLOCK_TRIALS-sized blocks; the last one may be shorter. */
export function blockCount(plan: SimPlan): number {
  return Math.ceil(plan.trials / BLOCK_TRIALS);
}

/** Reps believe their own model for now, so their belief is the true lognormal. */
function planScheme(
  scheme: Scheme,
  seed: number,
  expected: Float64Array,
  logMu: Float64Array,
  logSigma: Float64Array,
): PlannedScheme {
  const fixedPay = new Float64Array(expected.length);
  if (scheme.kind === 'truth-telling') {
    const target = new Float64Array(expected.length);
    // With the floor at 0 the rule is homogeneous, pay(cX, cY) = c·pay(X, Y), so the optimum
    // scales with e^logMu: solve once per σ instead of once per rep-period.
    const perUnit = new Map<number, number>();
    for (let i = 0; i < target.length; i++) {
      if (scheme.floor !== 'zero') {
        target[i] = bestTarget(scheme, { logMu: logMu[i], logSigma: logSigma[i] });
        continue;
      }
      let unit = perUnit.get(logSigma[i]);
      if (unit === undefined) {
        unit = bestTarget(scheme, { logMu: 0, logSigma: logSigma[i] });
        perUnit.set(logSigma[i], unit);
      }
      target[i] = Math.exp(logMu[i]) * unit;
    }
    return { scheme, target, fixedPay };
  }

  // Budget parity: performance pay is a share of the rep-period's expected sales.
  for (let i = 0; i < fixedPay.length; i++) fixedPay[i] = scheme.performancePayShare * expected[i];
  return { scheme, target: haggledQuotas(seed, expected, scheme.haggling), fixedPay };
}

/** Throws on inputs no scenario could produce; returns the common number of periods. */
function checkInputs(settings: PlanSettings, reps: RepModel[]): number {
  const { seed, trials, schemes } = settings;
  if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`bad seed ${seed}`);
  if (!Number.isInteger(trials) || trials < 1 || trials > MAX_TRIALS) {
    throw new RangeError(`trials must be an integer in 1..${MAX_TRIALS}, saw ${trials}`);
  }
  if (schemes.length === 0) throw new RangeError('a plan needs at least one scheme');
  if (new Set(schemes.map((s) => s.id)).size !== schemes.length) {
    throw new RangeError('scheme ids must be unique');
  }
  schemes.forEach((s) => {
    if (s.kind === 'truth-telling') assertTruthTelling(s);
  });
  if (reps.length === 0) throw new RangeError('a plan needs at least one rep');

  const periods = reps[0].mean.length;
  for (const rep of reps) {
    const bad = rep.mean.length !== periods || rep.mean.some((m) => !(m >= 0 && m < Infinity));
    if (periods === 0 || bad || !(rep.sigma >= 0 && rep.sigma < Infinity)) {
      throw new RangeError(
        `rep ${rep.id}: expected ${periods || 'some'} finite means ≥ 0 and a finite sigma ≥ 0`,
      );
    }
  }
  return periods;
}
