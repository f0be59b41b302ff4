import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOSS_STREAM, DEFAULT_HAGGLING } from '$lib/engine/constants';
import { meanEstimate } from '$lib/engine/estimate';
import { bossEstimate } from '$lib/engine/haggling';
import { standardNormal } from '$lib/engine/normal';
import { makePlan, type PlanSettings } from '$lib/engine/plan';
import { parseScenario } from '$lib/engine/scenario';
import { namedStream, trialStream } from '$lib/engine/random';
import { selfSet } from '$lib/engine/schemes/selfSet';
import { truthTellingPay } from '$lib/engine/schemes/truthTelling';
import { simulateBlock } from '$lib/engine/simulate';
import { wasmKernel } from '$lib/engine/wasm/wasmKernel';
import { summarize } from '$lib/engine/summarize';
import type { HaggledQuotaScheme, RepModel, SimPlan, TruthTellingScheme } from '$lib/engine/types';
import { schedule } from '$lib/workers/schedule';
import { inProcessEndpoint } from '$lib/workers/inProcessEndpoint';
import { DEFAULT_BEHAVIOUR } from '$lib/engine/behaviour/constants';
import type { BehaviourSettings } from '$lib/engine/behaviour/types';
import { expectBitIdentical } from '../../workers/bitIdentical';
import { rep } from '../helpers';

const quota: HaggledQuotaScheme = {
  kind: 'haggled-quota',
  id: 'quota',
  label: 'quota',
  performancePayShare: 0.05,
  excessRate: 0.005,
  haggling: { ...DEFAULT_HAGGLING },
};
const essay = selfSet(0.05, 'zero', { id: 'essay' });

const reps: RepModel[] = Array.from({ length: 12 }, (_, r) => ({
  ...rep(
    `r${r}`,
    [100, 130, 90, 120].map((m) => m * (1 + r / 6)),
    0.15 + 0.03 * r,
  ),
  // Last year's sales of each quarter: unlike this year's means, to tell them apart.
  lastYear: [140, 80, 110, 95].map((m) => m + 3 * r),
}));

function behaviour(changes: Partial<BehaviourSettings>): BehaviourSettings {
  return { ...DEFAULT_BEHAVIOUR, ...changes };
}

function plan(schemes: PlanSettings['schemes'], settings?: BehaviourSettings, trials = 400) {
  return makePlan({ seed: 7, trials, schemes, behaviour: settings }, reps);
}

const blocksOf = (p: SimPlan) =>
  Array.from({ length: p.trials / 100 }, (_, b) => simulateBlock(p, b));

describe('a naive-only population', () => {
  const naive = behaviour({ naiveShare: 1 });

  it('books the draws unchanged and is paid on the boss numbers as without behaviour', () => {
    const withBehaviour = plan([quota], naive);

    // The same quotas, set by hand: the boss's number m_b·(1 + d_b) from the run's boss stream,
    // held for the run as the behaviour layer holds them (without it they change each trial).
    const plain = plan([quota]);
    delete plain.schemes[0].bossQuotas;
    const rng = namedStream(plain.seed, BOSS_STREAM);
    const target = plain.schemes[0].target;
    for (let i = 0; i < target.length; i++) {
      const mean = reps[Math.floor(i / 4)].mean[i % 4];
      target[i] =
        bossEstimate(mean, quota.haggling, standardNormal(rng)) * (1 + quota.haggling.bossOpening);
    }

    for (let b = 0; b < 4; b++) {
      expectBitIdentical(simulateBlock(withBehaviour, b).series, simulateBlock(plain, b).series);
    }
  });

  it("reports last year's sales of the same period under a self-set rule, paid on them", () => {
    const p = plan([essay], naive, 100);
    const block = simulateBlock(p, 0);
    const plain = simulateBlock(plan([essay], undefined, 100), 0);
    expectBitIdentical(block.series[0].sales, plain.series[0].sales);

    // Independently: draw each trial's sales and pay X = the same quarter's sales last year.
    const rng = trialStream(p.seed, 0);
    for (let k = 0; k < 100; k++) {
      trialStream(p.seed, k, rng);
      const sales = Array.from(p.logMu, (mu, i) =>
        Math.exp(mu + p.logSigma[i] * standardNormal(rng)),
      );
      let total = 0;
      let planning = 0;
      const { overCost, underCost } = naive.company;
      reps.forEach((r, j) => {
        let repPay = 0;
        for (let q = 0; q < 4; q++) {
          const x = r.lastYear![q];
          const y = sales[j * 4 + q];
          repPay += truthTellingPay(essay, x, y);
          planning += x > y ? overCost * (x - y) : underCost * (y - x);
        }
        total += repPay;
      });
      // The engine's exp may differ from Math.exp by an ulp or two: compare to rounding.
      expect(Math.abs(block.series[0].payout[k] - total)).toBeLessThanOrEqual(1e-12 * total);
      expect(block.behaviour![0].planningCost[k]).toBeCloseTo(planning, 9);
      // A risk-neutral naive rep bears no costs: its utility is its pay.
      expect(block.behaviour![0].utility[k]).toBeCloseTo(total, 9);
    }
  });
});

describe('naive reps over two years under a self-set rule', () => {
  const twoYears = behaviour({
    naiveShare: 1,
    ratchet: { ...DEFAULT_BEHAVIOUR.ratchet, years: 2 },
  });
  const p = plan([essay], twoYears, 200);

  it("plan last year's sales, then the expected sales of the year before", () => {
    const target = p.schemes[0].target;
    reps.forEach((r, j) => {
      for (let q = 0; q < 4; q++) {
        expect(target[j * 8 + q]).toBe(r.lastYear![q]);
        expect(target[j * 8 + 4 + q]).toBe(r.mean[q]);
      }
    });
  });

  it('report in the second year the sales they booked in the same quarter of the first', () => {
    for (const kernel of [wasmKernel(), null]) {
      const { cellSales, cellTarget } = simulateBlock(p, 0, kernel).behaviour![0];
      // Sums over the block's trials of the same doubles in the same order: equal to the bit.
      reps.forEach((r, j) => {
        for (let q = 0; q < 4; q++) {
          expect(cellTarget[j * 8 + 4 + q]).toBe(cellSales[j * 8 + q]);
          expect(cellTarget[j * 8 + 4 + q]).not.toBe(cellTarget[j * 8 + q]);
        }
      });
    }
  });

  it('refuse a rep whose last year has not one value per period of a year', () => {
    const short = reps.map((r, j) => (j === 3 ? { ...r, lastYear: r.lastYear!.slice(1) } : r));
    expect(() =>
      makePlan({ seed: 7, trials: 100, schemes: [essay], behaviour: twoYears }, short),
    ).toThrow(/rep r3: expected 4 sales of last year/);
  });

  it('give the same bits with the WebAssembly pass as with the TypeScript one', () => {
    const kernel = wasmKernel();
    expect(kernel).not.toBeNull();
    for (const block of [0, 1]) {
      expectBitIdentical(
        simulateBlock(p, block, kernel).behaviour![0],
        simulateBlock(p, block, null).behaviour![0],
      );
    }
  });
});

describe('the company view', () => {
  it('counts profit as margin · sales − payout − planning cost, trial by trial', () => {
    const p = plan([essay, quota], behaviour({}), 300);
    const summary = summarize(p, blocksOf(p), reps, 'quota').behaviour!;
    const { margin } = DEFAULT_BEHAVIOUR.company;
    for (const s of summary.schemes) {
      const expected = margin * s.sales.mean - s.payout.mean - s.planningCost.mean;
      expect(s.profit.mean).toBeCloseTo(expected, 8);
    }
    expect(summary.strategicReps + summary.naiveReps).toBe(reps.length);
    expect(summary.settings).toEqual(DEFAULT_BEHAVIOUR);
  });
});

describe('strategic reps', () => {
  it('buy extra sales through effort: Σ (g − 1)·expected sales over strategic reps', () => {
    const settings = behaviour({ timing: { ...DEFAULT_BEHAVIOUR.timing, enabled: false } });
    const p = plan([essay, quota], settings, 2000);
    const summary = summarize(p, blocksOf(p), reps, 'quota').behaviour!;

    p.behaviour!.schemes.forEach((b, s) => {
      let exact = 0;
      for (let i = 0; i < b.lift.length; i++) exact += (b.lift[i] - 1) * p.behaviour!.expected[i];
      const extra = summary.schemes[s].extraSales;
      expect(exact).toBeGreaterThan(0);
      expect(Math.abs(extra.mean - exact)).toBeLessThanOrEqual(4 * extra.se);
    });
  });

  it('push more deals into the next period under α = 0 than under α > 0, on the same draws', () => {
    const noEffort = { ...DEFAULT_BEHAVIOUR.effort, maxLift: 0 };
    const settings = behaviour({ naiveShare: 0, effort: noEffort });
    const alpha: TruthTellingScheme = { ...selfSet(0.05, 'none', { id: 'alpha' }), alpha: 0.02 };
    const p = plan([selfSet(0.05, 'none', { id: 'zero' }), alpha], settings, 1000);
    const blocks = blocksOf(p);

    const pushed = (s: number) => blocks.map((b) => b.behaviour![s].pushed);
    const difference = meanEstimate(pushed(0), pushed(1));
    expect(difference.mean).toBeGreaterThan(6 * difference.se);
  });

  // A deal pushed past the next period's last kink earns only its top rate there: with free,
  // unlimited shifting, reps used to push every period on to the last (under the essay's rule
  // with α = 0, whose top rate is 0, and under a haggled quota, whose top rate is the excess).
  const free = { enabled: true, maxShare: 1, cost: 0 };
  it.each([
    ['the essay’s rule with α = 0', essay],
    ['a haggled quota', quota],
    ['a self-set rule with α > 0', { ...selfSet(0.05, 'zero', { id: 'alpha' }), alpha: 0.02 }],
  ])('push no more than the next period can pay for, however free shifting is: %s', (_, scheme) => {
    const settings = behaviour({ naiveShare: 0, timing: free });
    const p = plan([scheme], settings, 400);
    const blocks = blocksOf(p);
    const b = p.behaviour!.schemes[0];

    let booked = 0;
    let pushed = 0;
    for (const block of blocks) {
      for (const v of block.behaviour![0].cellSales) booked += v;
      for (const v of block.behaviour![0].cellPushed) pushed += v;
    }
    let caps = 0;
    for (let i = 0; i < b.pushCap.length; i++) {
      if (i % 4 !== 3) caps += b.pushCap[i];
    }
    // Every cap is finite (pay rises at its top rate past the last kink) and bounds each push.
    expect(Number.isFinite(caps)).toBe(true);
    expect(pushed / p.trials).toBeLessThanOrEqual(caps);
    expect(pushed).toBeLessThan(0.5 * booked);

    // And the reps are paid at least as well as when they cannot shift at all.
    const still = plan([scheme], behaviour({ naiveShare: 0, timing: { ...free, enabled: false } }));
    const id = scheme.id;
    const pay = (q: SimPlan) => summarize(q, blocksOf(q), reps, id).schemes[0].payout.mean;
    expect(pay(p)).toBeGreaterThan(pay(still));
  });

  it('put in less effort under a ratchet than without one, and sell less', () => {
    const ratchet = { years: 3, up: 0.5, down: 0.2, discount: 0.9 };
    const timingOff = { ...DEFAULT_BEHAVIOUR.timing, enabled: false };
    const run = (up: number, down: number) =>
      plan(
        [quota],
        behaviour({ naiveShare: 0, timing: timingOff, ratchet: { ...ratchet, up, down } }),
        1000,
      );
    const none = run(0, 0);
    const ratcheted = run(0.5, 0.2);

    // Every rep works less in every year but the last, in which the ratchet no longer bites.
    const e0 = none.behaviour!.schemes[0].effort;
    const e1 = ratcheted.behaviour!.schemes[0].effort;
    for (let i = 0; i < e0.length; i++) if (i % 12 < 8) expect(e1[i]).toBeLessThan(e0[i]);
    const sales = (p: SimPlan) => blocksOf(p).map((b) => b.series[0].sales);
    const fewer = meanEstimate(sales(none), sales(ratcheted));
    expect(fewer.mean).toBeGreaterThan(6 * fewer.se);
  });

  it('draw the same sales trial by trial with timing games on, off, or no behaviour at all', () => {
    // Common random numbers: the switch changes what reps do with the draws, not the draws.
    const on = blocksOf(plan([essay, quota], behaviour({ naiveShare: 0 })));
    const off = blocksOf(
      plan(
        [essay, quota],
        behaviour({ naiveShare: 0, timing: { ...DEFAULT_BEHAVIOUR.timing, enabled: false } }),
      ),
    );
    const none = blocksOf(plan([essay, quota]));
    on.forEach((block, b) =>
      block.behaviour!.forEach((moved, s) => {
        expect(Array.from(moved.baseSales)).toEqual(Array.from(off[b].behaviour![s].baseSales));
        expect(Array.from(moved.baseSales)).toEqual(Array.from(none[b].series[s].sales));
      }),
    );
  });

  it('move deals between periods but never create or lose any', () => {
    const noEffort = { ...DEFAULT_BEHAVIOUR.effort, maxLift: 0 };
    const p = plan([essay, quota], behaviour({ naiveShare: 0, effort: noEffort }), 100);
    const block = simulateBlock(p, 0);
    block.series.forEach((series, s) => {
      const moved = block.behaviour![s];
      expect(moved.pushed.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
      series.sales.forEach((sales, k) => {
        expect(Math.abs(sales - moved.baseSales[k])).toBeLessThan(1e-9 * sales);
      });
    });
  });

  it('give the same summary bit for bit on one endpoint or three', async () => {
    const p = plan(
      [essay, quota],
      behaviour({ ratchet: { ...DEFAULT_BEHAVIOUR.ratchet, years: 2 } }),
      700,
    );
    const one = await schedule([inProcessEndpoint()], p, reps, 'quota');
    const three = await schedule(
      [1, 2, 3].map(() => inProcessEndpoint()),
      p,
      reps,
      'quota',
    );
    expectBitIdentical(three, one);
    expect(one.behaviour?.strategicReps).toBe(reps.length - Math.round(0.3 * reps.length));
  });
});

describe('the behaviour summary of kinds the model does not cover', () => {
  it('marks them unmodelled, with reps held at no extra effort and no moves', () => {
    const parsed = parseScenario(readFileSync('scenarios/scheme-library.json', 'utf8'), 'lib');
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const schemes = parsed.scenario.schemes;
    const p = plan(schemes, behaviour({ naiveShare: 0 }), 200);
    const summary = summarize(p, blocksOf(p), reps, schemes[0].id).behaviour!;
    const kinds = new Map(schemes.map((s) => [s.id, s.kind]));
    const covered = ['truth-telling', 'haggled-quota', 'pharma-letter', 'condiment-letter'];
    expect(summary.schemes.some((s) => !s.modelled)).toBe(true);
    for (const s of summary.schemes) {
      expect(s.modelled).toBe(covered.includes(kinds.get(s.id)!));
      if (s.modelled) continue;
      expect(s.lift.every((g) => g === 1)).toBe(true);
      expect(s.pushed.mean + s.pulled.mean).toBe(0);
    }
  });

  it('gives no planning cost, rather than 0, for a scheme that sets no target (a menu)', () => {
    const parsed = parseScenario(readFileSync('scenarios/scheme-library.json', 'utf8'), 'lib');
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const schemes = parsed.scenario.schemes;
    const p = plan(schemes, behaviour({ naiveShare: 0 }), 100);
    const summary = summarize(p, blocksOf(p), reps, schemes[0].id).behaviour!;
    const menu = schemes.findIndex((s) => s.kind === 'linear-menu');
    expect(menu).toBeGreaterThan(0);
    expect(summary.schemes[menu].planningCost.mean).toBeNaN();
    expect(summary.schemes[0].planningCost.mean).toBeGreaterThan(0);
    const difference = summary.differences.find((d) => d.id === schemes[menu].id)!;
    expect(difference.planningCost.mean).toBeNaN();
    expect(Number.isFinite(difference.profit.mean)).toBe(true);
  });
});

describe('giving up', () => {
  it('is not counted for a rep within reach who pushes deals while short of its quota', () => {
    // One steady rep who believes its sales 20% lower than they are: its haggled quotas sit
    // low, so short of one it may push deals on to the next, but its quota is always in reach.
    const steady = [rep('a', Array<number>(12).fill(100), 0.05)];
    const settings = behaviour({ naiveShare: 0, belief: { bias: -0.2, noise: 0 } });
    const p = makePlan({ seed: 1, trials: 400, schemes: [quota], behaviour: settings }, steady);
    const series = blocksOf(p).map((b) => b.behaviour![0]);
    const total = (key: 'pushed' | 'gaveUp') =>
      series.reduce((sum, s) => sum + s[key].reduce((a, v) => a + v, 0), 0);
    expect(total('pushed')).toBeGreaterThan(0);
    expect(total('gaveUp')).toBe(0);
  });
});
