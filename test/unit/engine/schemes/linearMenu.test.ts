import { describe, expect, it } from 'vitest';
import { makePlan } from '$lib/engine/plan';
import { runInProcess } from '$lib/engine/runInProcess';
import type { LinearMenuScheme } from '$lib/engine/types';
import { expectWithinSe, rep } from '../helpers';

const menu: LinearMenuScheme = {
  kind: 'linear-menu',
  id: 'menu',
  label: 'menu',
  options: [
    { fixed: 2500, rate: 0 },
    { fixed: 1200, rate: 0.025 },
    { fixed: 0, rate: 0.045 },
  ],
};

describe('linear menu', () => {
  const reps = [rep('small', [40_000, 40_000], 0.3), rep('mid', [56_000, 56_000], 0.3)];
  reps.push(rep('big', [90_000, 90_000], 0.3));
  const plan = makePlan({ seed: 2, trials: 20_000, schemes: [menu] }, reps);

  it('each rep picks the contract with the highest fixed + rate · expected sales', () => {
    // Switch points: 1300/0.025 = 52,000 and 1200/0.02 = 60,000.
    const chosen = (r: number) => [plan.schemes[0].fixedPay[2 * r], plan.schemes[0].rate?.[2 * r]];
    expect([0, 1, 2].map(chosen)).toEqual([
      [2500, 0],
      [1200, 0.025],
      [0, 0.045],
    ]);
  });

  it('a menu pays fixed + rate · Y, with no target to measure accuracy against', () => {
    const summary = runInProcess(plan, reps, 'menu').schemes[0];
    const expected = 2 * (2500 + 1200 + 0.025 * 56_000 + 0.045 * 90_000);
    expectWithinSe(summary.payout.mean, expected, summary.payout.se, 4);
    expect(summary.targetMape.mean).toBeNaN();
    expect(summary.hitRate.mean).toBeNaN();
  });
});
