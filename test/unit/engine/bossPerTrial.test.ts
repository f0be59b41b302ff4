import { describe, expect, it } from 'vitest';
import { DEFAULT_HAGGLING } from '$lib/engine/constants';
import { bossEstimate, haggledWithErrors, settleQuota } from '$lib/engine/haggling';
import { makePlan } from '$lib/engine/plan';
import { runInProcess } from '$lib/engine/runInProcess';
import { haggledQuotaPay } from '$lib/engine/schemes/haggledQuota';
import { selfSet } from '$lib/engine/schemes/selfSet';
import type { HaggledQuotaScheme, Haggling, Scheme } from '$lib/engine/types';
import { expectWithinSe, rep } from './helpers';

const haggling: Haggling = { ...DEFAULT_HAGGLING, bossNoise: 0.3 };
const quota: HaggledQuotaScheme = {
  kind: 'haggled-quota',
  id: 'quota',
  label: 'quota',
  performancePayShare: 0.05,
  excessRate: 0.005,
  haggling,
};

/** E[f(Z)] for Z standard normal, by the midpoint rule on [−9, 9]. */
function overNormal(f: (z: number) => number, nodes = 40_001): number {
  const h = 18 / nodes;
  let sum = 0;
  for (let k = 0; k < nodes; k++) {
    const z = -9 + (k + 0.5) * h;
    sum += f(z) * Math.exp(-0.5 * z * z);
  }
  return (sum * h) / Math.sqrt(2 * Math.PI);
}

describe('a boss who errs afresh each trial', () => {
  it('pays sales that never vary as many ways as the boss errs, at the mean over its errors', () => {
    // Constant sales of 100: all the spread of pay is the boss's.
    const plan = makePlan({ seed: 8, trials: 4000, schemes: [quota] }, [rep('a', [100], 0)]);
    const summary = runInProcess(plan, [rep('a', [100], 0)], 'quota');
    const payout = summary.schemes[0].payout;

    const expected = overNormal((z) => {
      const q = settleQuota(100, bossEstimate(100, haggling, z), haggling);
      return haggledQuotaPay(5, quota.excessRate, q, 100);
    });
    expectWithinSe(payout.mean, expected, payout.se, 4);
    expect(payout.p95 - payout.p5).toBeGreaterThan(0.5);
  });

  it('gives means that differ between seeds only as much as their standard errors say', () => {
    const reps = [rep('a', [100, 120], 0.2)];
    const runs = [1, 2, 3, 4].map((seed) => {
      const plan = makePlan({ seed, trials: 4000, schemes: [quota] }, reps);
      return runInProcess(plan, reps, 'quota').schemes[0];
    });
    for (const a of runs) {
      for (const b of runs) {
        const se = Math.hypot(a.payout.se, b.payout.se);
        expect(Math.abs(a.payout.mean - b.payout.mean)).toBeLessThanOrEqual(4 * se);
        const hitSe = Math.hypot(a.hitRate.se, b.hitRate.se);
        expect(Math.abs(a.hitRate.mean - b.hitRate.mean)).toBeLessThanOrEqual(4 * hitSe);
      }
    }
  });
});

describe('haggledWithErrors', () => {
  it('finds quotas haggled with an erring boss, in a haggled quota or a quota rule', () => {
    expect(haggledWithErrors(quota)).toBe(true);
    expect(haggledWithErrors({ ...quota, haggling: { ...haggling, bossNoise: 0 } })).toBe(false);
    const grid = { kind: 'bonus-grid', quota: { kind: 'haggled', haggling } } as unknown as Scheme;
    expect(haggledWithErrors(grid)).toBe(true);
    const fixed = { ...grid, quota: { kind: 'fixed', values: [100] } } as unknown as Scheme;
    expect(haggledWithErrors(fixed)).toBe(false);
    expect(haggledWithErrors(selfSet(0.05))).toBe(false);
  });
});
