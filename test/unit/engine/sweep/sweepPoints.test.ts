import { describe, expect, it } from 'vitest';
import { makePlan, runInProcess, selfSet } from '$lib/engine';
import { drawLognormals } from '$lib/engine/drawLognormals';
import { normalCdf } from '$lib/engine/normalCdf';
import { normalQuantile } from '$lib/engine/normalQuantile';
import { trialStream } from '$lib/engine/random';
import { sweepPoints, sweepSchemes } from '$lib/engine/sweep';
import type { SimPlan } from '$lib/engine/types';
import { expectWithinSe, rep } from './closedForms';

const reps = [rep('a', [100, 120], 0.2), rep('b', [300, 250], 0.4), rep('c', [50, 60], 0.1)];
/** α moves the quantile a rep reports, (β − α)/(γ − α) with β = 5%, γ = 10%: 1/2, 3/8, 1/6. */
const alphas = [0, 0.02, 0.04];
const quantiles = alphas.map((a) => (0.05 - a) / (0.1 - a));

function sweep(trials: number) {
  const schemes = sweepSchemes(selfSet(0.05, 'none'), 'alpha', alphas);
  const plan = makePlan({ seed: 7, trials, schemes }, reps);
  return { plan, points: sweepPoints(runInProcess(plan, reps, schemes[0].id), alphas) };
}

/**
 * Scheme s's share of rep-periods whose target is within ±10% of the sales, counted afresh:
 * each trial's sales drawn again from its own stream, averaged over trials.
 */
function countedShare(plan: SimPlan, s: number): number {
  const sales = new Float64Array(plan.reps * plan.periods);
  const target = plan.schemes[s].target;
  let total = 0;
  for (let k = 0; k < plan.trials; k++) {
    drawLognormals(trialStream(plan.seed, k), plan.logMu, plan.logSigma, sales);
    let near = 0;
    sales.forEach((y, i) => (near += Math.abs(target[i] - y) <= 0.1 * y ? 1 : 0));
    total += near / sales.length;
  }
  return total / plan.trials;
}

/**
 * P(|x − Y| ≤ Y/10) for the q-quantile x of a lognormal Y of log-sd σ: Y between x/1.1 and
 * x/0.9, i.e. Z between z_q + ln(0.9)/σ and z_q + ln(1.1)/σ; averaged over the rep-periods.
 */
function closedShare(q: number): number {
  const z = normalQuantile(q);
  const cells = reps.flatMap((r) => r.mean.map(() => r.sigma));
  const share = (sigma: number) =>
    normalCdf(z - Math.log(0.9) / sigma) - normalCdf(z - Math.log(1.1) / sigma);
  return cells.reduce((sum, sigma) => sum + share(sigma), 0) / cells.length;
}

describe('sweepPoints', () => {
  it('gives each point the share of targets within ±10% that a count of its trials gives', () => {
    const { plan, points } = sweep(250);
    points.forEach((p, s) => expect(p.within.mean).toBeCloseTo(countedShare(plan, s), 12));
  });

  it('gives each point the closed-form share within ±10% for the quantile its reps report', () => {
    const { points } = sweep(6000);
    points.forEach((p, s) => expectWithinSe(p.within.mean, closedShare(quantiles[s]), p.within.se));
    // Reporting the median hits ±10% more often than reporting a low quantile.
    expect(points[0].within.mean).toBeGreaterThan(points[2].within.mean);
  });
});
