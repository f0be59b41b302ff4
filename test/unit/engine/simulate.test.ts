import { describe, expect, it } from 'vitest';
import { BLOCK_TRIALS, BOSS_STREAM, DEFAULT_HAGGLING } from '$lib/engine/constants';
import { standardNormal } from '$lib/engine/normal';
import { normalCdf } from '$lib/engine/normalCdf';
import { makePlan } from '$lib/engine/plan';
import { labelledSeed, trialStream } from '$lib/engine/random';
import { bossEstimate, settleQuota } from '$lib/engine/haggling';
import { runInProcess } from '$lib/engine/runInProcess';
import { haggledQuotaPay } from '$lib/engine/schemes/haggledQuota';
import { selfSet } from '$lib/engine/schemes/selfSet';
import { truthTellingPay } from '$lib/engine/schemes/truthTelling';
import { simulateBlock } from '$lib/engine/simulate';
import type { HaggledQuotaScheme, SimPlan, TruthTellingScheme } from '$lib/engine/types';
import {
  essayLognormalAtMedian,
  essayLognormalAtMedianFloored,
  essayNormalExpected,
  expectWithinSe,
  meanAndSe,
  rep,
  simpson,
} from './helpers';

/** One rep, one period, lognormal with mean m, every truth-telling target at the median. */
function medianPlan(
  m: number,
  sigma: number,
  trials: number,
  schemes: TruthTellingScheme[],
): SimPlan {
  const logMu = Math.log(m) - (sigma * sigma) / 2;
  return {
    seed: 11,
    trials,
    reps: 1,
    periods: 1,
    logMu: Float64Array.of(logMu),
    logSigma: Float64Array.of(sigma),
    schemes: schemes.map((scheme) => ({
      scheme,
      target: Float64Array.of(Math.exp(logMu)),
      fixedPay: new Float64Array(1),
      events: [],
    })),
  };
}

const quota: HaggledQuotaScheme = {
  kind: 'haggled-quota',
  id: 'quota',
  label: 'quota',
  performancePayShare: 0.05,
  excessRate: 0.005,
  haggling: { ...DEFAULT_HAGGLING },
};

describe('reference values of domain.md §1', () => {
  it('the closed forms give the stated lognormal values 4.2074029, 3.0853754 and 3.1545785', () => {
    expect(essayLognormalAtMedian(100, 0.2, 0.05)).toBeCloseTo(4.2074029, 7);
    expect(essayLognormalAtMedian(100, 0.5, 0.05)).toBeCloseTo(3.0853754, 7);
    expect(essayLognormalAtMedianFloored(100, 0.5, 0.05)).toBeCloseTo(3.1545785, 7);
  });

  it('the floored closed form agrees with direct integration over the lognormal density', () => {
    const sigma = 0.5;
    const mu = Math.log(100) - (sigma * sigma) / 2;
    const x = Math.exp(mu);
    const pay = (y: number) => Math.max(0, 0.05 * Math.min(x, 2 * y - x));
    const density = (z: number) => Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
    const integral = simpson((z) => pay(Math.exp(mu + sigma * z)) * density(z), -12, 12, 240000);
    expect(integral).toBeCloseTo(essayLognormalAtMedianFloored(100, sigma, 0.05), 8);
  });

  it('simulateBlock reproduces the σ = 0.5 values, with and without the floor, within 3 SE', () => {
    const plan = medianPlan(100, 0.5, 200_000, [
      selfSet(0.05, 'none', { id: 'none' }),
      selfSet(0.05, 'zero', { id: 'zero' }),
    ]);
    const summary = runInProcess(plan, [rep('r', [100], 0.5)], 'none');
    const [none, zero] = summary.schemes.map((s) => s.payout);
    expectWithinSe(none.mean, 3.0853754, none.se);
    expectWithinSe(zero.mean, 3.1545785, zero.se);
  });

  it('the essay rule on Normal(100, 20) sales pays t(μ − E|Y − X|) at X = 80…120', () => {
    // The stated values, and the closed form with E|Y − x| = σ(2φ(z) + z(2Φ(z) − 1)).
    const stated: [number, number][] = [
      [80, 3.833369],
      [90, 4.104407],
      [100, 4.2021154],
      [110, 4.104407],
      [120, 3.833369],
    ];
    for (const [x, value] of stated)
      expect(essayNormalExpected(100, 20, 0.05, x)).toBeCloseTo(value, 6);
    expect(essayNormalExpected(100, 20, 0.05, 100)).toBeCloseTo(
      0.05 * (100 - 20 * Math.sqrt(2 / Math.PI)),
      12,
    );

    const essay = selfSet(0.05, 'none');
    const rng = trialStream(2024, 0);
    const y = Float64Array.from({ length: 400_000 }, () => 100 + 20 * standardNormal(rng));
    for (const [x] of stated) {
      const { mean, se } = meanAndSe(y.map((v) => truthTellingPay(essay, x, v)));
      expectWithinSe(mean, essayNormalExpected(100, 20, 0.05, x), se);
    }
    // A straight commission at the same rate pays t·μ = 5.0.
    const commission = meanAndSe(y.map((v) => 0.05 * v));
    expectWithinSe(commission.mean, 5, commission.se);
  });
});

describe('simulateBlock', () => {
  const reps = [rep('a', [100, 80], 0.3), rep('b', [60, 90], 0.1)];
  const plan = makePlan({ seed: 5, trials: 250, schemes: [selfSet(0.05), quota] }, reps);

  it('simulateBlock draws each trial from its own stream: block 1 starts with trial 100', () => {
    const block = simulateBlock(plan, 1);
    const rng = trialStream(5, BLOCK_TRIALS);
    const sales = Array.from(plan.logMu, (mu, i) =>
      Math.exp(mu + plan.logSigma[i] * standardNormal(rng)),
    );
    const essayPay = sales.reduce(
      (s, y, i) => s + truthTellingPay(selfSet(0.05), plan.schemes[0].target[i], y),
      0,
    );
    // The boss errs afresh in trial 100, from the run's boss stream for that trial.
    const boss = trialStream(labelledSeed(5, BOSS_STREAM), BLOCK_TRIALS);
    const { haggling } = plan.schemes[1].scheme as HaggledQuotaScheme;
    const quotaPay = sales.reduce((s, y, i) => {
      const m = plan.schemes[1].fixedPay[i] / 0.05;
      const q = settleQuota(m, bossEstimate(m, haggling, standardNormal(boss)), haggling);
      return s + haggledQuotaPay(plan.schemes[1].fixedPay[i], 0.005, q, y);
    }, 0);
    expect(block.firstTrial).toBe(100);
    expect(block.series[0].sales[0]).toBeCloseTo(
      sales.reduce((s, y) => s + y, 0),
      10,
    );
    expect(block.series[0].payout[0]).toBeCloseTo(essayPay, 10);
    expect(block.series[1].payout[0]).toBeCloseTo(quotaPay, 10);
  });

  it('simulateBlock pays every scheme on the same draws (common random numbers)', () => {
    const block = simulateBlock(plan, 0);
    expect(block.series[1].sales).toEqual(block.series[0].sales);
    expect(block.sampleSales).toBeDefined();
    const sampleTotal = Array.from(block.sampleSales ?? []).reduce((s, y) => s + y, 0);
    expect(block.series[0].sales[0]).toBeCloseTo(sampleTotal, 10);
    block.samplePayout?.forEach((pays, s) => {
      expect(pays.reduce((a, b) => a + b, 0)).toBeCloseTo(block.series[s].payout[0], 10);
    });
  });

  it('simulateBlock adds per-rep sums that total the per-trial payouts', () => {
    const block = simulateBlock(plan, 0);
    block.series.forEach((series, s) => {
      const total = series.payout.reduce((a, b) => a + b, 0);
      const byRep = block.repPayoutSum[s].reduce((a, b) => a + b, 0);
      expect(byRep).toBeCloseTo(total, 8);
    });
  });

  it('simulateBlock gives a short last block and refuses blocks past the end', () => {
    expect(simulateBlock(plan, 2).trials).toBe(50);
    expect(simulateBlock(plan, 2).sampleSales).toBeUndefined();
    expect(() => simulateBlock(plan, 3)).toThrow(RangeError);
    expect(() => simulateBlock(plan, -1)).toThrow(RangeError);
  });

  it('simulateBlock target metrics at the median match closed forms within 3 SE', () => {
    // X = e^μ, Y = e^{μ + σZ}: hit rate 1/2; (X − Y)/Y = e^{−σZ} − 1 has mean e^{σ²/2} − 1;
    // |Y − X|/Y = |1 − e^{−σZ}|, integrated numerically; within 10% where
    // −ln 1.1/σ ≤ Z ≤ −ln 0.9/σ.
    const sigma = 0.3;
    const one = medianPlan(100, sigma, 100_000, [selfSet(0.05, 'none')]);
    const s = runInProcess(one, [rep('r', [100], sigma)], 'self-set').schemes[0];
    const density = (z: number) => Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
    const mape = simpson((z) => Math.abs(1 - Math.exp(-sigma * z)) * density(z), -12, 12, 24000);
    expectWithinSe(s.hitRate.mean, 0.5, s.hitRate.se);
    expectWithinSe(s.targetBias.mean, Math.exp((sigma * sigma) / 2) - 1, s.targetBias.se);
    expectWithinSe(s.targetMape.mean, mape, s.targetMape.se);
    const within = normalCdf(-Math.log(0.9) / sigma) - normalCdf(-Math.log(1.1) / sigma);
    expectWithinSe(s.targetWithin!.mean, within, s.targetWithin!.se);
  });

  it('simulateBlock leaves zero-sales rep-periods out of the accuracy metrics', () => {
    const zero = makePlan({ seed: 1, trials: 10, schemes: [selfSet(0.05, 'none')] }, [
      rep('z', [0], 0.2),
    ]);
    const block = simulateBlock(zero, 0);
    expect(Array.from(block.series[0].sales)).toEqual(new Array(10).fill(0));
    expect(block.series[0].ape.every(Number.isNaN)).toBe(true);
    expect(block.series[0].within.every(Number.isNaN)).toBe(true);
    expect(Array.from(block.series[0].hit)).toEqual(new Array(10).fill(1));
    expect(Array.from(block.series[0].payout)).toEqual(new Array(10).fill(0));
  });
});
