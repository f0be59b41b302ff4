import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BEHAVIOUR } from '$lib/engine/behaviour/constants';
import { expectedLetterPay } from '$lib/engine/behaviour/letterEffort';
import { periodRule, rulePay, type PeriodRule } from '$lib/engine/behaviour/periodRule';
import { bestShift, shiftInput, type ShiftInput } from '$lib/engine/behaviour/timing';
import type { BehaviourSettings } from '$lib/engine/behaviour/types';
import { meanEstimate } from '$lib/engine/estimate';
import { standardNormal } from '$lib/engine/normal';
import { makePlan } from '$lib/engine/plan';
import { repsFromScenario } from '$lib/engine/repsFromScenario';
import { namedStream } from '$lib/engine/random';
import { parseScenario } from '$lib/engine/scenario';
import { simulateBlock } from '$lib/engine/simulate';
import type {
  BlockResult,
  CondimentLetterScheme,
  PharmaLetterScheme,
  RepModel,
  Scheme,
  SimPlan,
} from '$lib/engine/types';
import { FAST_CHECK, rep, simpson } from '../helpers';

const pharma = (id: string, excessRate: number): PharmaLetterScheme => ({
  kind: 'pharma-letter',
  id,
  label: id,
  quota: { kind: 'share', share: 1 },
  basePay: { kind: 'fixed', values: [0] },
  performancePay: { kind: 'share', share: 0.05 },
  excessRate,
  fines: [],
  review: { periods: 4, penalty: 0 },
  expenseBudget: 0,
  periodsPerYear: 4,
});

const condimentScenario = (() => {
  const file = 'scenarios/condiment-2010.json';
  const result = parseScenario(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.scenario;
})();
// The file counts sales in yuan at 100 yuan a case; these cases count them in cases, as the
// letter does, so that a unit of sales earns the letter's 2 to 6 yuan (3.75 on the mix).
const CASE = 100;
const condimentReps = (
  condimentScenario.data.source === 'reps' ? repsFromScenario(condimentScenario.data) : []
).map((r) => ({
  ...r,
  mean: r.mean.map((m) => m / CASE),
  lastYear: r.lastYear?.map((m) => m / CASE),
}));
const letter = ((file) => ({
  ...file,
  skus: file.skus.map((sku) => ({
    ...sku,
    commissionPerCase: sku.commissionPerCase * CASE,
    target:
      sku.target.kind === 'fixed'
        ? { ...sku.target, values: [sku.target.values].flat().map((v) => v / CASE) }
        : sku.target,
  })),
}))(condimentScenario.schemes[0] as CondimentLetterScheme);

/** The letter with every SKU's monthly targets scaled by `factor`. */
function condiment(id: string, factor: number): CondimentLetterScheme {
  const skus = letter.skus.map((sku) => {
    if (sku.target.kind !== 'fixed') throw new Error('the scenario gives fixed targets');
    return {
      ...sku,
      target: { kind: 'fixed' as const, values: sku.target.values.map((v) => v * factor) },
    };
  });
  return { ...letter, id, fines: [], skus };
}

const strategic: BehaviourSettings = { ...DEFAULT_BEHAVIOUR, naiveShare: 0 };

function run(schemes: Scheme[], reps: RepModel[], trials: number, settings = strategic) {
  const plan = makePlan({ seed: 17, trials, schemes, behaviour: settings }, reps);
  const blocks = Array.from({ length: trials / 100 }, (_, b) => simulateBlock(plan, b));
  return { plan, blocks };
}

const of = (blocks: BlockResult[], s: number, key: 'pushed' | 'pulled' | 'gaveUp' | 'effortCost') =>
  blocks.map((b) => b.behaviour![s][key]);

function total(values: Float64Array[]): number {
  return values.reduce((sum, v) => sum + v.reduce((a, b) => a + b, 0), 0);
}

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
        // Bisection to 2⁻¹⁴ and the moment match of the year's sum: half a point at most.
        expect(Math.abs(ratios[0] - chance)).toBeLessThan(4 * se + 0.005);
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

describe('timing under the pharmaceutical letter', () => {
  const rule = periodRule(pharma('p', 0.005))!;
  const input = (fields: Partial<ShiftInput>): ShiftInput =>
    Object.assign(shiftInput(rule), {
      target: 100,
      fixed: 5,
      nextMarginal: 0.03,
      curvature: 0.001,
      maxPull: 30,
      ...fields,
    });

  it('pushes deals past the quota out, as far as the next unit pays more than 0.5%', () => {
    for (let sales = 101; sales <= 160; sales += 6) {
      const s = bestShift(input({ sales, maxPush: 0.3 * sales }));
      // Gain m − 0.005 a unit against a marginal cost k·s: s = 0.025/0.001 = 25, or the bounds.
      expect(s).toBeCloseTo(Math.min(sales - 100, 0.3 * sales, 25), 9);
    }
  });

  it('pulls deals in to reach the quota, as far as pay/Q − m pays for moving them', () => {
    // Below the quota a unit pays 5/100 now and 0.03 next: pull 0.02/0.001 = 20, or up to Q.
    expect(bestShift(input({ sales: 95, maxPush: 28.5 }))).toBeCloseTo(-5, 9);
    expect(bestShift(input({ sales: 60, maxPush: 18 }))).toBeCloseTo(-20, 9);
  });

  const reps = Array.from({ length: 8 }, (_, r) =>
    rep(
      `r${r}`,
      [100, 130, 90, 120].map((m) => m * (1 + r / 4)),
      0.15 + 0.03 * r,
    ),
  );

  it('makes strategic reps move deals under the letter, and none when pay is linear', () => {
    // At an excess rate equal to the performance pay's share, pay is 0.05·Y on either side.
    const { blocks } = run([pharma('letter', 0.005), pharma('linear', 0.05)], reps, 400);
    const pushed = meanEstimate(of(blocks, 0, 'pushed'));
    const pulled = meanEstimate(of(blocks, 0, 'pulled'));
    expect(pushed.mean).toBeGreaterThan(6 * pushed.se);
    expect(pulled.mean).toBeGreaterThan(6 * pulled.se);
    const sales = total(blocks.map((b) => b.series[1].sales));
    expect(total(of(blocks, 1, 'pushed')) + total(of(blocks, 1, 'pulled'))).toBeLessThan(
      1e-9 * sales,
    );
  });
});

describe('timing under the condiment letter', () => {
  it('pulls deals in to keep a month on target when the stake outweighs moving them', () => {
    const rule = periodRule(letter)!;
    const made = Object.assign(shiftInput(rule), {
      target: 100,
      fixed: 50,
      sales: 90,
      nextMarginal: 4,
      curvature: 0.01,
      maxPull: 30,
      maxPush: 27,
    });
    // Pulling 10 costs 0.01·100/2 = 0.5 and 10·(4 − 3.75) = 2.5 of next month's pay; keeps 50.
    expect(90 - bestShift(made)).toBeGreaterThanOrEqual(100);
    expect(bestShift(made)).toBeCloseTo(-10, 9);
    // 25 short with 30 to pull: reaching it costs 3.125 + 6.25 < 50, so the rep still pulls.
    expect(bestShift(Object.assign(made, { sales: 75, maxPush: 22.5 }))).toBeCloseTo(-25, 9);
    // Exactly the deals it may pull: it pulls them all and lands on the target.
    expect(bestShift(Object.assign(made, { sales: 70, maxPush: 21 }))).toBeCloseTo(-30, 9);
    // On the target exactly: pushing any deal out would lose the stake.
    expect(bestShift(Object.assign(made, { sales: 100, maxPush: 30 }))).toBe(0);
    // Out of reach: nothing at stake now, a unit is worth 4 next month against 3.75 now.
    expect(bestShift(Object.assign(made, { sales: 60, maxPush: 18 }))).toBeCloseTo(18, 9);
  });

  it('matches a brute-force search over a fine grid of shifts, the step at the target included', () => {
    const rule = periodRule(letter)!;
    const cases = fc.record({
      sales: fc.double({ min: 1, max: 250, noNaN: true }),
      stake: fc.double({ min: 0, max: 200, noNaN: true }),
      nextMarginal: fc.double({ min: 0, max: 8, noNaN: true }),
      maxPull: fc.double({ min: 0, max: 60, noNaN: true }),
      share: fc.double({ min: 0, max: 0.5, noNaN: true }),
      curvature: fc.double({ min: 0, max: 0.2, noNaN: true }),
    });
    // G(s), with sales within rounding of the target counted as on it, as the trial loop does.
    const gain = (made: ShiftInput, s: number) => {
      const y = made.sales - s;
      const on = y >= made.target || made.target - y <= 1e-12 * made.target;
      const pay = 3.75 * y + (on ? made.fixed : 0);
      return pay + made.nextMarginal * s - 0.5 * made.curvature * s * s;
    };
    fc.assert(
      fc.property(cases, (c) => {
        const made = Object.assign(shiftInput(rule), {
          target: 100,
          fixed: c.stake,
          sales: c.sales,
          nextMarginal: c.nextMarginal,
          maxPull: c.maxPull,
          maxPush: c.share * c.sales,
          curvature: c.curvature,
        });
        const best = gain(made, bestShift(made));
        // The grid, and the target itself where a shift may reach it.
        const steps = 20000;
        const toTarget = made.sales - made.target;
        const reachable = toTarget <= made.maxPush && -toTarget <= made.maxPull;
        let grid = reachable ? gain(made, toTarget) : -Infinity;
        for (let j = 0; j <= steps; j++) {
          const s = -made.maxPull + ((made.maxPull + made.maxPush) * j) / steps;
          grid = Math.max(grid, gain(made, s));
        }
        expect(best).toBeGreaterThanOrEqual(grid - 1e-9 * Math.max(1, Math.abs(grid)));
      }),
      { ...FAST_CHECK, numRuns: 300 },
    );
  });

  const pushes =
    'makes reps on target push surplus into the next month, almost none if targets are far below sales';
  it(pushes, () => {
    const { blocks } = run([condiment('tight', 1), condiment('easy', 0.5)], condimentReps, 400);
    const tight = meanEstimate(of(blocks, 0, 'pushed'));
    const easy = meanEstimate(of(blocks, 1, 'pushed'));
    expect(tight.mean).toBeGreaterThan(6 * tight.se);
    // Far above a target, one more unit next month barely changes its chance of being met.
    expect(easy.mean).toBeLessThan(0.001 * tight.mean);
  });

  const factors = [1, 1.2, 1.4, 1.6];
  const moving = run(
    factors.map((f) => condiment(`x${f}`, f)),
    condimentReps,
    600,
  );

  it('makes more reps give up as the targets move out of reach', () => {
    const shares = factors.map((_, s) => of(moving.blocks, s, 'gaveUp'));
    for (let s = 1; s < factors.length; s++) {
      const rise = meanEstimate(shares[s], shares[s - 1]);
      expect(rise.mean).toBeGreaterThan(4 * rise.se);
    }
  });

  it('makes reps cut effort as the targets move out of reach: planned, and when a month is lost', () => {
    // Effort dear enough that the commission alone barely pays for it.
    const dear = { ...strategic, effort: { maxLift: 0.2, cost: 1 } };
    const scaled = [0.5, 1.2, 1.6];
    const { plan, blocks } = run(
      scaled.map((f) => condiment(`x${f}`, f)),
      condimentReps,
      400,
      dear,
    );
    const planned = (s: number) => plan.behaviour!.schemes[s].effortCost.reduce((a, b) => a + b, 0);
    const saved = (s: number) =>
      meanEstimate(blocks.map((b) => b.behaviour![s].effortCost.map((v) => planned(s) - v)));

    // Targets far below sales are never out of reach: every rep spends what it planned.
    expect(saved(0).mean).toBeLessThanOrEqual(1e-9 * planned(0));
    // Just out of reach in some months: reps drop the effort of those months.
    expect(saved(1).mean).toBeGreaterThan(4 * saved(1).se);
    // Further out, reps plan less effort in every month from the start.
    const lift = (s: number) => plan.behaviour!.schemes[s].lift;
    lift(2).forEach((g, i) => expect(g).toBeLessThan(lift(1)[i]));
  });
});
