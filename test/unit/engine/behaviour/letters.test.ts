import { describe, expect, it } from 'vitest';
import { CHANCE_TOLERANCE } from '$lib/engine/behaviour/constants';
import { expectedLetterPay } from '$lib/engine/behaviour/letterEffort';
import { periodRule, rulePay, type PeriodRule } from '$lib/engine/behaviour/periodRule';
import type { BehaviourSettings } from '$lib/engine/behaviour/types';
import { meanEstimate } from '$lib/engine/estimate';
import { standardNormal } from '$lib/engine/normal';
import { makePlan } from '$lib/engine/plan';
import { namedStream } from '$lib/engine/random';
import type { BlockResult } from '$lib/engine/types';
import { rep, simpson } from '../helpers';
import { condiment, condimentReps, letter, pharma, run, strategic } from './letterFixtures';

describe('the letters as period rules', () => {
  it('periodRule sees the pharmaceutical letter as pay on its quota, with its excess rate', () => {
    expect(periodRule(pharma('p', 0.005))).toEqual({ kind: 'haggled-quota', excessRate: 0.005 });
  });

  it('periodRule sees the condiment letter as a checkpoint at the mix commission per case', () => {
    // 0.4·2 + 0.2·4 + 0.15·6 + 0.25·5 yuan a case, settled every two months.
    const rule = periodRule(letter);
    expect(rule?.kind).toBe('checkpoint');
    if (rule?.kind !== 'checkpoint') return;
    expect(rule.rate).toBeCloseTo(3.75, 12);
    expect(rule.every).toBe(2);
    expect(rulePay(rule, 100, 99, 500, Infinity)).toBeCloseTo(3.75 * 99, 9);
    expect(rulePay(rule, 100, 100, 500, Infinity)).toBeCloseTo(3.75 * 100 + 500, 9);
  });

  it('expectedLetterPay matches numerical integration over the lognormal, for both rules', () => {
    const rules: PeriodRule[] = [
      { kind: 'haggled-quota', excessRate: 0.005 },
      { kind: 'checkpoint', rate: 0.04, every: 2 },
    ];
    for (const rule of rules) {
      for (const [x, m, sigma] of [
        [1, 1, 0.2],
        [1.3, 1.1, 0.4],
        [0.7, 1, 0.1],
      ]) {
        const mu = Math.log(m) - 0.5 * sigma * sigma;
        // Over z: W = e^(μ + σz), z standard normal; the step at x sits at one z.
        const zx = (Math.log(x) - mu) / sigma;
        const density = (z: number) => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
        // Below and above the step apart; e^(μ + σ·zx) may round just under x, hence the max.
        const pay = (z: number, above: boolean) => {
          const y = Math.exp(mu + sigma * z);
          return rulePay(
            rule,
            x,
            above ? Math.max(x, y) : Math.min(x * (1 - 1e-15), y),
            0.05,
            Infinity,
          );
        };
        const exact =
          simpson((z) => pay(z, false) * density(z), -12, zx) +
          simpson((z) => pay(z, true) * density(z), zx, 12);
        expect(expectedLetterPay(rule, x, 0.05, m, sigma)).toBeCloseTo(exact, 9);
      }
    }
  });
});

describe('planning the letters', () => {
  const stakes =
    "stakes each month on its block's commission times the chance the catch-up never pays it back";
  it(stakes, () => {
    // Targets met with ease, within reach of effort, and out of reach.
    const factors = [0.8, 1.1, 1.4];
    const plan = makePlan(
      {
        seed: 1,
        trials: 100,
        schemes: factors.map((f) => condiment(`x${f}`, f)),
        behaviour: strategic,
      },
      condimentReps,
    );
    const rng = namedStream(3, 'catch-up');
    const chances = factors.map((f, s) => {
      const { stake, lift } = plan.behaviour!.schemes[s];
      // Withheld commission is lost if the year's sales end below the year's targets of
      // every SKU, which the letter's catch-up asks of them.
      const yearTarget = Math.max(
        ...letter.skus.map((sku) => {
          const values = sku.target.kind === 'fixed' ? [sku.target.values].flat() : [];
          return (f * values.reduce((a, b) => a + b, 0)) / sku.share;
        }),
      );
      return condimentReps.map((r, k) => {
        const ratios = r.mean.map((m, p) => {
          const start = p - (p % 2);
          return stake[k * 12 + p] / (3.75 * (r.mean[start] + r.mean[start + 1]));
        });
        ratios.forEach((ratio) => expect(ratio).toBeCloseTo(ratios[0], 12));

        const n = 40000;
        let short = 0;
        for (let t = 0; t < n; t++) {
          let year = 0;
          r.mean.forEach((m, p) => {
            const draw = Math.exp(r.sigma * standardNormal(rng) - 0.5 * r.sigma ** 2);
            year += lift[k * 12 + p] * m * draw;
          });
          if (year < yearTarget) short++;
        }
        const chance = short / n;
        const se = Math.sqrt((chance * (1 - chance)) / n);
        // agreedChance stops once |shortfall(p) − p| ≤ CHANCE_TOLERANCE; shortfall falls as p
        // rises, so the root is that close to p. The moment match of the year's sum (Fenton–
        // Wilkinson) differs from the draws by under 0.0025 here; 0.004 is allowed for it.
        expect(Math.abs(ratios[0] - chance)).toBeLessThan(4 * se + CHANCE_TOLERANCE + 0.004);
        return ratios[0];
      });
    });
    // Far ahead nothing is at stake; far behind nearly all of the block is.
    chances[0].forEach((c) => expect(c).toBeLessThan(0.01));
    chances[2].forEach((c) => expect(c).toBeGreaterThan(0.9));
  });

  it('leaves a strategic rep no worse off for the option of moving deals', () => {
    // Effort and timing at the screen's defaults, every rep strategic, on the same draws.
    const schemes = [condiment('letter', 1)];
    const withTiming = run(schemes, condimentReps, 2000);
    const fixed = { ...strategic, timing: { ...strategic.timing, enabled: false } };
    const without = run(schemes, condimentReps, 2000, fixed);
    const utility = (blocks: BlockResult[]) => blocks.map((b) => b.behaviour![0].utility);
    const gain = meanEstimate(utility(withTiming.blocks), utility(without.blocks));
    expect(gain.mean).toBeGreaterThan(-3 * gain.se);
    // And moving deals costs less than the pay it brings.
    const moved = withTiming.blocks.map((b) => b.behaviour![0].shiftCost);
    const pay = (blocks: BlockResult[]) => blocks.map((b) => b.series[0].payout);
    const extra = meanEstimate(pay(withTiming.blocks), pay(without.blocks));
    expect(meanEstimate(moved).mean).toBeLessThan(extra.mean);
  });

  it('gives a nearly risk-neutral rep the effort of a neutral one, by quadrature and closed form', () => {
    const reps = [rep('a', [100, 120, 90, 110], 0.2), rep('b', [300, 250, 280, 320], 0.4)];
    const lifts = (risk: BehaviourSettings['risk']) => {
      const settings = { ...strategic, risk };
      const plan = makePlan(
        { seed: 1, trials: 100, schemes: [pharma('p', 0.005)], behaviour: settings },
        reps,
      );
      return Array.from(plan.behaviour!.schemes[0].lift);
    };
    // A neutral rep's effort comes from the closed form, an averse one's from the belief nodes.
    const neutral = lifts({ kind: 'neutral' });
    const averse = lifts({ kind: 'cara', a: 1e-6 });
    expect(neutral.some((g) => g > 1.001)).toBe(true);
    // The search's 257 nodes are exact to about 1e-4 across the quota's kink, hence 5e-4.
    neutral.forEach((g, i) => expect(averse[i]).toBeCloseTo(g, 3));
  });
});
