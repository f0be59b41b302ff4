import { describe, expect, it } from 'vitest';
import { DEFAULT_HAGGLING, makePlan, runInProcess, selfSet, type Scheme } from '$lib/engine';
import { DEFAULT_BEHAVIOUR } from '$lib/engine/behaviour/constants';
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
    // The law of the quotas drawn each trial is the rep's too.
    const law = plan.schemes[1].bossQuotas;
    expect(law).toBeDefined();
    for (const key of ['logScale', 'noise', 'repPart', 'mean'] as const) {
      expect(Array.from(one.schemes[1].bossQuotas?.[key] ?? [])).toEqual(
        Array.from(law?.[key].subarray(2, 4) ?? [1]),
      );
    }
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

  describe('with behaviour', () => {
    const behaviour = { ...DEFAULT_BEHAVIOUR, naiveShare: 0.4 };
    const schemes = [selfSet(0.05, 'zero'), quota];
    const withBehaviour = makePlan({ seed: 9, trials: 3000, schemes, behaviour }, reps);

    it('repPlan cuts the behaviour plan to the rep: strategy, effort, stance and timing', () => {
      const full = withBehaviour.behaviour!;
      for (let r = 0; r < reps.length; r++) {
        const one = repPlan(withBehaviour, r).behaviour!;
        const cells = (values: ArrayLike<number>) => Array.from(values).slice(2 * r, 2 * r + 2);
        expect(Array.from(one.strategic)).toEqual([full.strategic[r]]);
        expect(Array.from(one.lastYear)).toEqual(cells(full.lastYear));
        expect(Array.from(one.expected)).toEqual(cells(full.expected));
        one.schemes.forEach((b, k) => {
          const whole = full.schemes[k];
          expect(b.timing).toBe(whole.timing);
          expect(Array.from(b.lift)).toEqual(cells(whole.lift));
          expect(Array.from(b.effortCost)).toEqual(cells(whole.effortCost));
          expect(Array.from(b.nextMarginal)).toEqual(cells(whole.nextMarginal));
          expect(Array.from(b.stance)).toEqual([whole.stance[r]]);
        });
      }
    });

    it('repPlan gives each rep the pay it has in the full run with behaviour', () => {
      const full = runInProcess(withBehaviour, reps, 'quota');
      expect(full.behaviour!.strategic).toContain(true);
      expect(full.behaviour!.strategic).toContain(false);
      for (let r = 0; r < reps.length; r++) {
        const alone = runInProcess(repPlan(withBehaviour, r), [reps[r]], 'quota');
        expect(alone.behaviour!.strategic).toEqual([full.behaviour!.strategic[r]]);
        alone.schemes.forEach((s, k) => {
          const inFull = full.schemes[k].perRep[r].payout;
          const se = Math.hypot(s.payout.se, inFull.se);
          expect(Math.abs(s.payout.mean - inFull.mean)).toBeLessThanOrEqual(4 * se);
        });
      }
    });
  });
});
