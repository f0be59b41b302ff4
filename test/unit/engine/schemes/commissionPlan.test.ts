import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastExp } from '$lib/engine/fastExp';
import { makePlan } from '$lib/engine/plan';
import { log } from '$lib/engine/portableMath';
import { trialStream } from '$lib/engine/random';
import { runInProcess } from '$lib/engine/runInProcess';
import {
  afterDraw,
  commissionableBase,
  tieredCommission,
} from '$lib/engine/schemes/commissionPlan';
import { commissionPlanModule } from '$lib/engine/schemes/commissionPlanModule';
import type { PayContext } from '$lib/engine/schemes/module';
import type { CommissionPlanScheme, Tier } from '$lib/engine/types';
import { FAST_CHECK, rep } from '../helpers';
import { oneRepContext } from './context';

const flat: Tier[] = [{ from: 0, rate: 0.04 }];
const tiers: Tier[] = [
  { from: 0, rate: 0.02 },
  { from: 1, rate: 0.06 },
  { from: 1.5, rate: 0.01 },
];

describe('commission plan arithmetic', () => {
  it('a credit note of 200 against sales of 1000 at 4% gives 32, not 48', () => {
    const net = commissionableBase(1000, 200);
    expect(net).toBe(800);
    expect(tieredCommission(flat, 0, 1000, net)).toBeCloseTo(32, 12);
    expect(commissionableBase(100, 300)).toBe(0);
  });

  it('tieredCommission adds each tier rate on its own band of attainment', () => {
    // Quota 1000: 2% on 0–1000, 6% on 1000–1500, 1% above 1500.
    expect(tieredCommission(tiers, 0, 1000, 800)).toBeCloseTo(16, 12);
    expect(tieredCommission(tiers, 0, 1000, 1200)).toBeCloseTo(20 + 12, 12);
    expect(tieredCommission(tiers, 0, 1000, 2000)).toBeCloseTo(20 + 30 + 5, 12);
  });

  it('tieredCommission pays nothing below the threshold and everything from it', () => {
    expect(tieredCommission(tiers, 0.5, 1000, 499.99)).toBe(0);
    expect(tieredCommission(tiers, 0.5, 1000, 500)).toBeCloseTo(10, 12);
    // Short of it by rounding only is on it; a real shortfall of 1e-9 is not.
    expect(tieredCommission(tiers, 1, 1000, 1000 * (1 - 2 ** -45))).toBeCloseTo(20, 9);
    expect(tieredCommission(tiers, 1, 1000, 1000 * (1 - 1e-9))).toBe(0);
  });

  it('pays a rep whose sales never vary and equal a quota with threshold 1 its commission', () => {
    const quotas = [550, 800, 120, 550];
    // Such a rep's draw e^(ln m) misses m by an ulp below for some of these quotas.
    expect(quotas.some((q) => fastExp(log(q)) < q)).toBe(true);
    const onQuota: CommissionPlanScheme = {
      kind: 'commission-plan',
      id: 'c',
      label: 'c',
      quota: { kind: 'fixed', values: quotas },
      tiers,
      threshold: 1,
      returnsShare: 0,
      basePay: { kind: 'fixed', values: [0] },
    };
    const steady = [rep('s', quotas, 0)];
    const plan = makePlan({ seed: 3, trials: 10, schemes: [onQuota] }, steady);
    const payout = runInProcess(plan, steady, 'c').schemes[0].payout.mean;
    expect(payout).toBeCloseTo(0.02 * (550 + 800 + 120 + 550), 9);
  });

  it('tieredCommission holds commission at the cap', () => {
    expect(tieredCommission(tiers, 0, 1000, 2000, 40)).toBe(40);
    expect(tieredCommission(tiers, 0, 1000, 800, 40)).toBeCloseTo(16, 12);
  });

  it('tieredCommission never falls as sales rise, for any non-negative tiers', () => {
    const plan = fc.record({
      rates: fc.array(fc.double({ min: 0, max: 0.2, noNaN: true }), { minLength: 1, maxLength: 5 }),
      steps: fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), {
        minLength: 4,
        maxLength: 4,
      }),
      threshold: fc.double({ min: 0, max: 1, noNaN: true }),
      cap: fc.double({ min: 1, max: 500, noNaN: true }),
      y: fc.double({ min: 0, max: 3000, noNaN: true }),
      dy: fc.double({ min: 0, max: 500, noNaN: true }),
    });
    fc.assert(
      fc.property(plan, ({ rates, steps, threshold, cap, y, dy }) => {
        let from = 0;
        const t = rates.map((rate, j) => {
          if (j > 0) from += steps[j - 1];
          return { from, rate };
        });
        const low = tieredCommission(t, threshold, 1000, y, cap);
        expect(tieredCommission(t, threshold, 1000, y + dy, cap)).toBeGreaterThanOrEqual(low);
      }),
      FAST_CHECK,
    );
  });

  it('afterDraw tops a recoverable draw up, then takes it back from commission above it', () => {
    const state = { owed: 0 };
    // Draw 100; commissions 40, 70, 250, 180: pay 100, 100, 160 (90 back), 180.
    expect([40, 70, 250, 180].map((c) => afterDraw(c, 100, true, state))).toEqual([
      100, 100, 160, 180,
    ]);
    expect(state.owed).toBe(0);
  });

  it('afterDraw never takes back a non-recoverable draw', () => {
    const state = { owed: 0 };
    expect([40, 70, 250].map((c) => afterDraw(c, 100, false, state))).toEqual([100, 100, 250]);
    expect(state.owed).toBe(0);
  });
});

describe('commissionPlanModule', () => {
  const scheme: CommissionPlanScheme = {
    kind: 'commission-plan',
    id: 'c',
    label: 'c',
    quota: { kind: 'fixed', values: [1000] },
    tiers,
    threshold: 0.5,
    draw: { kind: 'recoverable', amount: { kind: 'fixed', values: [15] } },
    returnsShare: 0.2,
    basePay: { kind: 'fixed', values: [100] },
  };

  it('payRep applies returns, threshold, tiers and a recoverable draw over the months', () => {
    const context = oneRepContext([1000, 1000, 1000, 1000]);
    const planned = commissionPlanModule.plan(scheme, context);
    const pay = new Float64Array(4);
    const pc: PayContext = {
      periods: 4,
      duties: trialStream(1, 0),
      events: new Float64Array(0),
      deductions: new Float64Array(0),
    };
    // Gross 500 → net 400 < 500: nothing, draw 15 (owed 15). Gross 1000 → net 800: 16 ≥ 15,
    // 1 back (owed 14). Gross 2000 → net 1600: 20 + 30 + 1 = 51, 14 back → 37. Gross 0: 15.
    commissionPlanModule.payRep(planned, 0, Float64Array.of(500, 1000, 2000, 0), pay, pc);
    expect(Array.from(pay, (p) => Math.round(p * 1e9) / 1e9)).toEqual([115, 115, 137, 115]);
    expect(Array.from(planned.target)).toEqual([1000, 1000, 1000, 1000]);
  });

  it('payRep starts every rep with nothing owed', () => {
    const context = oneRepContext([1000, 1000], 2);
    const planned = commissionPlanModule.plan(scheme, context);
    const pay = new Float64Array(4);
    const pc: PayContext = {
      periods: 2,
      duties: trialStream(1, 0),
      events: new Float64Array(0),
      deductions: new Float64Array(0),
    };
    const sales = Float64Array.of(0, 2000, 0, 2000);
    commissionPlanModule.payRep(planned, 0, sales, pay, pc);
    commissionPlanModule.payRep(planned, 1, sales, pay, pc);
    expect(pay[1]).toBeCloseTo(pay[3], 12);
    expect(pay[1]).toBeCloseTo(100 + 51 - 15, 12);
  });
});
