import { selfSet } from '../src/lib/engine';
import type { HaggledQuotaScheme, RepModel, SimPlan } from '../src/lib/engine/types';
import { quotaOf, repMean, repSigma, type Rw1Workload } from './rw1Workload';

/** Scheme ids in the order of the plan: A is the self-set scheme, B the haggled quota. */
export const SCHEME_A = 'A';
export const SCHEME_B = 'B';

/** The workload's reps as calibrated models: mean μ_r·s_p per quarter, log-sd σ_r. */
export function rw1Reps(w: Rw1Workload): RepModel[] {
  return Array.from({ length: w.reps }, (_, r) => ({
    id: `r${r}`,
    name: `Rep ${r}`,
    mean: w.season.map((s) => repMean(r) * s),
    sigma: repSigma(r),
    historyPeriods: 12,
    thin: false,
  }));
}

/**
 * RW1 as the engine's SimPlan, filled in directly from the data contract (types.ts) rather
 * than by makePlan, which cannot express it: under the floor at zero makePlan has reps
 * report the floor-shifted optimum, not the median RW1 fixes, and it sets the quota scheme's
 * pay as a share of expected sales, not RW1's flat 1000 per rep-period. The haggling below
 * (openings 1.2·m and 0.8·m, equal power, no boss noise or growth) documents how RW1's
 * quota arises; the plan carries the quota itself.
 */
export function rw1Plan(w: Rw1Workload, seed: number, trials = w.trials): SimPlan {
  const reps = rw1Reps(w);
  const cells = w.reps * w.periods;
  const logMu = new Float64Array(cells);
  const logSigma = new Float64Array(cells);
  const median = new Float64Array(cells);
  const quota = new Float64Array(cells);

  reps.forEach((rep, r) => {
    for (let p = 0; p < w.periods; p++) {
      const i = r * w.periods + p;
      logSigma[i] = rep.sigma;
      logMu[i] = Math.log(rep.mean[p]) - 0.5 * rep.sigma * rep.sigma;
      median[i] = Math.exp(logMu[i]);
      quota[i] = quotaOf(rep.mean[p]);
    }
  });

  const quotaScheme: HaggledQuotaScheme = {
    kind: 'haggled-quota',
    id: SCHEME_B,
    label: 'Haggled quota',
    performancePayShare: 0,
    excessRate: w.excessRate,
    haggling: { repOpening: 0.2, bossOpening: 0.2, bossPower: 0.5, bossNoise: 0, growth: 0 },
  };
  const schemes = [
    {
      scheme: selfSet(w.rate, 'zero', { id: SCHEME_A, label: 'Self-set' }),
      target: median,
      fixedPay: new Float64Array(cells),
      events: [],
    },
    {
      scheme: quotaScheme,
      target: quota,
      fixedPay: new Float64Array(cells).fill(w.fixedPay),
      events: [],
    },
  ];
  return { seed, trials, reps: w.reps, periods: w.periods, logMu, logSigma, schemes };
}
