import { describe, expect, it } from 'vitest';
import { DEFAULT_HAGGLING, makePlan, runInProcess, selfSet, type Scheme } from '$lib/engine';
import { repPlan } from '$lib/engine/sweep';
import { rep } from './closedForms';

const reps = [rep('a', [100, 120], 0.2), rep('b', [300, 250], 0.4), rep('c', [50, 60], 0.1)];
const quota: Scheme = {
  kind: 'haggled-quota',
  id: 'quota',
  label: 'quota',
  performancePayShare: 0.05,
  excessRate: 0.005,
  haggling: { ...DEFAULT_HAGGLING },
};
const plan = makePlan({ seed: 5, trials: 3000, schemes: [selfSet(0.05), quota] }, reps);

describe('repPlan', () => {
  it('repPlan keeps the targets and quotas the full plan set for that rep', () => {
    const one = repPlan(plan, 1);
    expect(one.reps).toBe(1);
    expect(one.periods).toBe(2);
    expect(Array.from(one.logMu)).toEqual(Array.from(plan.logMu.subarray(2, 4)));
    one.schemes.forEach((s, k) => {
      expect(Array.from(s.target)).toEqual(Array.from(plan.schemes[k].target.subarray(2, 4)));
      expect(Array.from(s.fixedPay)).toEqual(Array.from(plan.schemes[k].fixedPay.subarray(2, 4)));
    });
  });

  it('repPlan gives the rep the expected pay it has in the full run, within the error', () => {
    const full = runInProcess(plan, reps, 'quota');
    for (let r = 0; r < reps.length; r++) {
      const alone = runInProcess(repPlan(plan, r), [reps[r]], 'quota');
      alone.schemes.forEach((s, k) => {
        const inFull = full.schemes[k].perRep[r].payout;
        const se = Math.hypot(s.payout.se, inFull.se);
        expect(Math.abs(s.payout.mean - inFull.mean)).toBeLessThanOrEqual(4 * se);
      });
    }
  });

  it('repPlan refuses a rep the plan does not have', () => {
    expect(() => repPlan(plan, 3)).toThrow(/outside a plan of 3 reps/);
  });
});
