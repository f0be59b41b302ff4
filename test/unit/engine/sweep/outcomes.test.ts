import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  blockCount,
  makePlan,
  runInProcess,
  selfSet,
  simulateBlock,
  type RepModel,
  type Scheme,
  type BlockResult,
  type SimPlan,
} from '$lib/engine';
import { parseScenario } from '$lib/engine/scenario';
import { outcomes, type Economics } from '$lib/engine/sweep';
import {
  essayShareAtMedian,
  essayVarianceAtMedian,
  expectWithinSe,
  forecastErrorsAtMedian,
  rep,
} from './closedForms';

const economics: Economics = { margin: 0.3, overCost: 0.1, underCost: 0.25, riskAversion: 1 };
const t = 0.05;

function run(reps: RepModel[], schemes: Scheme[], trials = 4000, seed = 99) {
  const plan: SimPlan = makePlan({ seed, trials, schemes }, reps);
  const blocks = Array.from({ length: blockCount(plan) }, (_, b) => simulateBlock(plan, b));
  return { plan, blocks, summary: runInProcess(plan, reps, schemes[0].id) };
}

describe('outcomes', () => {
  const reps = [rep('a', [100, 120], 0.2), rep('b', [300, 250], 0.2), rep('c', [50, 60], 0.2)];
  const essay = { ...selfSet(t, 'none'), id: 'essay' };
  const floored = { ...selfSet(t, 'zero'), id: 'floored' };
  const { plan, blocks, summary } = run(reps, [essay, floored]);
  const result = outcomes(plan, blocks, 'essay', economics);

  it('outcomes puts profit at margin × sales − cost, and so its paired difference', () => {
    summary.schemes.forEach((s, k) => {
      // These schemes have no expenses: their cost is their payout.
      expect(s.cost?.mean).toBe(s.payout.mean);
      const profit = economics.margin * s.sales.mean - s.payout.mean;
      expect(result.schemes[k].profit.mean).toBeCloseTo(profit, 6);
    });
    const d = summary.differences[0];
    expect(result.differences[0].profit.mean).toBeCloseTo(
      economics.margin * d.sales.mean - d.payout.mean,
      6,
    );
    // Sales do not depend on the scheme here, so the profit difference is minus the payout's.
    expect(result.differences[0].profit.se).toBeCloseTo(d.payout.se, 6);
  });

  // Many reps, so that each trial's cost over its sales sits close to the ratio of the means.
  const many = Array.from({ length: 200 }, (_, r) => rep(`r${r}`, [50 + r, 80], 0.2));
  const manyRun = run(many, [essay], 1000, 5);
  const manyOutcomes = outcomes(manyRun.plan, manyRun.blocks, 'essay', economics);

  it('outcomes prices forecast errors at the median as the lognormal closed form says', () => {
    const { over, under } = forecastErrorsAtMedian(0.2);
    const expected = economics.overCost * over + economics.underCost * under;
    const planning = manyOutcomes.schemes[0].planningCost;
    expectWithinSe(planning.mean, expected, planning.se);
  });

  it('outcomes gives planning cost ÷ sales for a single rep, as cost of sales is a ratio', () => {
    // One rep and one period: the mean of each trial's cost over its sales sits ~10% below
    // the cost over the sales, and its interval used to exclude the closed form.
    const solo = run([rep('solo', [100], 0.2)], [essay], 100000, 1);
    const planning = outcomes(solo.plan, solo.blocks, 'essay', economics).schemes[0].planningCost;
    const { over, under } = forecastErrorsAtMedian(0.2);
    expectWithinSe(
      planning.mean,
      economics.overCost * over + economics.underCost * under,
      planning.se,
    );
  });

  it('outcomes weighs a miss by its money, so a small rep’s wild targets weigh little', () => {
    // Half the reps sell 1,000 a period and miss by little, half sell 10 and miss wildly.
    const mixed = Array.from({ length: 100 }, (_, r) =>
      r % 2 === 0 ? rep(`big${r}`, [1000], 0.05) : rep(`small${r}`, [10], 0.9),
    );
    const mixedRun = run(mixed, [essay], 1000, 7);
    const planning = outcomes(mixedRun.plan, mixedRun.blocks, 'essay', economics).schemes[0]
      .planningCost;
    const cost = (sigma: number) => {
      const { over, under } = forecastErrorsAtMedian(sigma);
      return economics.overCost * over + economics.underCost * under;
    };
    const byMoney = (1000 * cost(0.05) + 10 * cost(0.9)) / 1010;
    expectWithinSe(planning.mean, byMoney, planning.se);
    // A plain mean over rep-periods would give the two kinds of rep equal weight.
    expect(Math.abs(planning.mean - (cost(0.05) + cost(0.9)) / 2)).toBeGreaterThan(
      100 * planning.se,
    );
  });

  it('outcomes gives a risk-neutral rep utility equal to the payout per rep', () => {
    const neutral = outcomes(plan, blocks, 'essay', { ...economics, riskAversion: 0 });
    neutral.schemes.forEach((s, k) => {
      expect(s.repUtility.mean).toBeCloseTo(summary.schemes[k].payout.mean / reps.length, 6);
    });
  });

  it('outcomes takes the closed-form variance off the essay’s pay for a risk-averse rep', () => {
    const one = [rep('solo', [100], 0.3)];
    const solo = run(one, [essay], 20000, 3);
    const m = t * 100 * essayShareAtMedian(0.3);
    const expected = m - (economics.riskAversion / 2) * (essayVarianceAtMedian(100, 0.3, t) / m);
    const utility = outcomes(solo.plan, solo.blocks, 'essay', economics).schemes[0].repUtility;
    expectWithinSe(utility.mean, expected, utility.se);
  });

  it('outcomes finds the spread of pay rates that different volatilities imply', () => {
    // Without a floor each rep earns 2t(1 − Φ(σ)) per unit of expected sales (domain.md §1).
    const mixed = [
      rep('calm', [100, 100], 0.1),
      rep('mid', [200, 150], 0.3),
      rep('wild', [80], 0.5),
    ];
    const sameLength = mixed.map((r) => ({ ...r, mean: [r.mean[0], r.mean[0]] }));
    const { plan: p, blocks: b } = run(sameLength, [essay], 8000, 17);
    const rates = sameLength.map((r) => essayShareAtMedian(r.sigma));
    const mean = rates.reduce((a, v) => a + v, 0) / rates.length;
    const sd = Math.sqrt(rates.reduce((a, v) => a + (v - mean) ** 2, 0) / rates.length);

    const spread = outcomes(p, b, 'essay', economics).schemes[0].payRateSpread;
    expectWithinSe(spread.mean, sd / mean, spread.se);
  });

  it('outcomes leaves the pay spread of a single rep undefined, with no interval', () => {
    const { plan: p, blocks: b } = run([reps[0]], [essay, floored], 400, 5);
    const one = outcomes(p, b, 'essay', economics);
    for (const e of [
      ...one.schemes.map((s) => s.payRateSpread),
      one.differences[0].payRateSpread,
    ]) {
      expect(e.mean).toBeNaN();
      expect(Number.isFinite(e.se)).toBe(false);
    }
    expect(Number.isFinite(one.schemes[0].profit.mean)).toBe(true);
  });

  it('outcomes gives no planning cost, rather than 0, for a scheme that sets no target', () => {
    const parsed = parseScenario(readFileSync('scenarios/scheme-library.json', 'utf8'), 'lib');
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const menu = parsed.scenario.schemes.find((s) => s.kind === 'linear-menu');
    if (menu === undefined) throw new Error('the library has no menu');
    const { plan: p, blocks: b } = run(reps, [essay, menu], 200, 3);
    const result = outcomes(p, b, 'essay', economics);
    expect(result.schemes[1].planningCost.mean).toBeNaN();
    expect(result.differences[0].planningCost.mean).toBeNaN();
    expect(result.schemes[0].planningCost.mean).toBeGreaterThan(0);
  });

  it('outcomes pairs every scheme but the baseline and refuses an unknown baseline', () => {
    expect(result.differences.map((d) => [d.id, d.baseline])).toEqual([['floored', 'essay']]);
    expect(() => outcomes(plan, blocks, 'nope', economics)).toThrow(/baseline nope/);
  });

  it('outcomes takes a scheme’s other costs off profit, not only its payout', () => {
    const f = (...v: number[]) => Float64Array.from(v);
    const series = {
      payout: f(1, 2),
      sales: f(10, 10),
      cost: f(3, 4),
      ape: f(0, 0),
      bias: f(0, 0),
      hit: f(1, 1),
      within: f(1, 1),
      overForecast: f(0, 0),
      underForecast: f(0, 0),
      events: f(),
    };
    const plan = {
      trials: 2,
      reps: 1,
      periods: 1,
      logMu: f(Math.log(10)),
      logSigma: f(0),
      schemes: [{ scheme: { id: 'letter' } }],
    } as unknown as SimPlan;
    const block = {
      block: 0,
      firstTrial: 0,
      trials: 2,
      series: [series],
      repPayoutSum: [f(3)],
      repPayoutSumSq: [f(5)],
    } as unknown as BlockResult;

    const profit = outcomes(plan, [block], 'letter', economics).schemes[0].profit;
    expect(profit.mean).toBeCloseTo(0.3 * 10 - 3.5, 12);
  });
});
