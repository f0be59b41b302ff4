/**
 * Turns settings and calibrated reps into a SimPlan: lognormal parameters per rep-period and,
 * through each scheme kind's module, the targets reps report, the quotas the company sets and
 * every amount a trial needs. Everything is fixed here, so trials only draw and pay.
 */
import { believedMu } from './behaviour/beliefs';
import { expandYears } from './behaviour/expandYears';
import { behaviourPeople, planBehaviour } from './behaviour/planBehaviour';
import type { BehaviourSettings } from './behaviour/types';
import { BLOCK_TRIALS, MAX_TRIALS } from './constants';
import type { PlanContext } from './schemes/module';
import { schemeModule } from './schemes/registry';
import type { RepModel, Scheme, SimPlan } from './types';
import { log } from './portableMath';

export interface PlanSettings {
  seed: number;
  trials: number;
  schemes: Scheme[];
  /** What reps do beyond reporting targets; absent, they only report their best targets. */
  behaviour?: BehaviourSettings;
}

/**
 * Builds the plan; bad settings are programmer errors here (scenarios are checked earlier).
 * With behaviour, each rep's horizon is its calibrated periods once per year simulated.
 */
export function makePlan(settings: PlanSettings, calibrated: RepModel[]): SimPlan {
  const behaviour = settings.behaviour;
  const years = behaviour?.ratchet.years ?? 1;
  const reps = expandYears(calibrated, years);
  const periods = checkInputs(settings, reps);
  const context = planContext(settings.seed, reps, periods, periods / years);
  context.bossPerTrial = behaviour === undefined;
  const people = behaviour && behaviourPeople(behaviour, settings.seed, reps.length);
  if (people) context.beliefMu = believedMu(context.logMu, people.shifts);

  const schemes = settings.schemes.map((scheme) => schemeModule(scheme.kind).plan(scheme, context));
  const plan: SimPlan = {
    seed: settings.seed,
    trials: settings.trials,
    reps: reps.length,
    periods: context.periods,
    logMu: context.logMu,
    logSigma: context.logSigma,
    schemes,
  };
  if (behaviour && people) {
    const { periodsPerYear } = context;
    const lastYear = lastYearSales(reps, context.expected, periodsPerYear);
    const inputs = { settings: behaviour, plan: context, periodsPerYear, years, lastYear };
    plan.behaviour = planBehaviour({ ...inputs, ...people }, schemes);
  }
  return plan;
}

/** Number of BLOCK_TRIALS-sized blocks; the last one may be shorter. */
export function blockCount(plan: Pick<SimPlan, 'trials'>): number {
  return Math.ceil(plan.trials / BLOCK_TRIALS);
}

/**
 * Cells r · periods + p. A lognormal with mean m and log-sd σ has log-mean ln(m) − σ²/2.
 * Reps believe their own model for now, so their belief is the true lognormal. Over several
 * years, `periodsPerYear` is one year's periods, which schemes' per-period values repeat.
 */
export function planContext(
  seed: number,
  reps: RepModel[],
  periods: number,
  periodsPerYear = periods,
): PlanContext {
  const cells = reps.length * periods;
  const expected = new Float64Array(cells);
  const logMu = new Float64Array(cells);
  const logSigma = new Float64Array(cells);
  reps.forEach((rep, r) => {
    for (let p = 0; p < periods; p++) {
      const i = r * periods + p;
      expected[i] = rep.mean[p];
      logSigma[i] = rep.sigma;
      logMu[i] = log(rep.mean[p]) - 0.5 * rep.sigma * rep.sigma;
    }
  });
  return {
    seed,
    reps: reps.length,
    periods,
    periodsPerYear,
    expected,
    logMu,
    logSigma,
    beliefMu: logMu,
    beliefSigma: logSigma,
  };
}

/**
 * Per cell, the sales of the same period one year before, which a naive rep reports: the
 * history's in the first year (or, without one, the period's expected sales), then the
 * expected sales of the year before; the trial loop puts the rep's own booked sales there.
 */
function lastYearSales(
  reps: RepModel[],
  expected: Float64Array,
  periodsPerYear: number,
): Float64Array {
  const periods = expected.length / reps.length;
  const out = new Float64Array(expected.length);
  reps.forEach((rep, r) => {
    const history = rep.lastYear ?? rep.mean;
    if (rep.lastYear !== undefined && rep.lastYear.length !== periodsPerYear) {
      throw new RangeError(`rep ${rep.id}: expected ${periodsPerYear} sales of last year`);
    }
    for (let j = 0; j < periods; j++) {
      const i = r * periods + j;
      out[i] = j < periodsPerYear ? history[j] : expected[i - periodsPerYear];
    }
  });
  return out;
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
