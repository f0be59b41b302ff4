import { describe, expect, it } from 'vitest';
import { bestTarget } from '$lib/engine/bestResponse';
import { BELIEF_NODES, DEFAULT_HAGGLING } from '$lib/engine/constants';
import { normalCdf } from '$lib/engine/normalCdf';
import { bossEstimate, haggledQuotas, settleQuota } from '$lib/engine/haggling';
import { blockCount, makePlan } from '$lib/engine/plan';
import { selfSet } from '$lib/engine/schemes/selfSet';
import type { HaggledQuotaScheme } from '$lib/engine/types';
import { rep } from './helpers';

const quota: HaggledQuotaScheme = {
  kind: 'haggled-quota',
  id: 'quota',
  label: 'quota',
  performancePayShare: 0.05,
  excessRate: 0.005,
  haggling: { ...DEFAULT_HAGGLING },
};

describe('makePlan', () => {
  const reps = [rep('a', [100, 120], 0.2), rep('b', [50, 40], 0.5)];
  const plan = makePlan({ seed: 3, trials: 250, schemes: [selfSet(0.05, 'none'), quota] }, reps);

  it('makePlan gives lognormals with the reps expected sales as their means', () => {
    const means = [100, 120, 50, 40];
    means.forEach((m, i) => {
      const s = plan.logSigma[i];
      expect(Math.exp(plan.logMu[i] + (s * s) / 2)).toBeCloseTo(m, 10);
    });
    expect(Array.from(plan.logSigma)).toEqual([0.2, 0.2, 0.5, 0.5]);
  });

  it('makePlan sets essay targets at the medians m·exp(−σ²/2) when there is no floor', () => {
    const medians = [
      100 * Math.exp(-0.02),
      120 * Math.exp(-0.02),
      50 * Math.exp(-0.125),
      40 * Math.exp(-0.125),
    ];
    medians.forEach((m, i) => expect(plan.schemes[0].target[i]).toBeCloseTo(m, 9));
  });

  it('makePlan keeps the mean haggled quota and its law per trial, with 5% performance pay', () => {
    const { bossPower: w, bossOpening, repOpening, growth, bossNoise } = quota.haggling;
    const planned = plan.schemes[1];
    [100, 120, 50, 40].forEach((m, i) => {
      // E[Q] = w·(1 + d_b)·E[m_b] + (1 − w)·(1 − d_r)·m, with E[m_b] = m·(1 + g).
      const mean = w * (1 + bossOpening) * (1 + growth) * m + (1 - w) * (1 - repOpening) * m;
      expect(planned.target[i]).toBeCloseTo(mean, 10);
      expect(planned.bossQuotas?.noise[i]).toBe(bossNoise);
      const law = planned.bossQuotas;
      const median = law && Math.exp(law.logScale[i]) + law.repPart[i];
      expect(median).toBeCloseTo(
        settleQuota(m, bossEstimate(m, quota.haggling, 0), quota.haggling),
      );
    });
    [5, 6, 2.5, 2].forEach((f, i) => expect(planned.fixedPay[i]).toBeCloseTo(f, 12));
  });

  it('makePlan draws haggled quotas once for the run when the boss does not err or reps behave', () => {
    const exact = { ...quota, haggling: { ...quota.haggling, bossNoise: 0 } };
    const still = makePlan({ seed: 3, trials: 10, schemes: [exact] }, reps);
    expect(still.schemes[0].bossQuotas).toBeUndefined();
    expect(Array.from(still.schemes[0].target)).toEqual(
      Array.from(haggledQuotas(3, [100, 120, 50, 40], exact.haggling)),
    );
  });

  it('makePlan with the floor at 0 gives each rep-period its best response up to one node', () => {
    const floored = makePlan({ seed: 3, trials: 10, schemes: [selfSet(0.05, 'zero')] }, reps);
    floored.schemes[0].target.forEach((x, i) => {
      const solo = bestTarget(selfSet(0.05, 'zero'), {
        logMu: plan.logMu[i],
        logSigma: plan.logSigma[i],
      });
      // The quadrature's expected pay can be flat between two nodes: equal up to one node.
      const F = (v: number) => normalCdf((Math.log(v) - plan.logMu[i]) / plan.logSigma[i]);
      expect(Math.abs(F(x) - F(solo))).toBeLessThanOrEqual(1 / BELIEF_NODES);
    });
  });

  it('blockCount rounds the trials up to whole blocks of 100', () => {
    expect(blockCount(plan)).toBe(3);
    expect(blockCount({ ...plan, trials: 100 })).toBe(1);
  });

  it('makePlan rejects reps with different numbers of periods and bad settings', () => {
    const s = { seed: 1, trials: 10, schemes: [selfSet(0.05)] };
    expect(() => makePlan(s, [rep('a', [1, 2], 0.1), rep('b', [1], 0.1)])).toThrow(RangeError);
    expect(() => makePlan(s, [rep('a', [-1], 0.1)])).toThrow(RangeError);
    expect(() => makePlan(s, [])).toThrow(RangeError);
    expect(() => makePlan({ ...s, trials: 0 }, [rep('a', [1], 0.1)])).toThrow(RangeError);
    expect(() =>
      makePlan({ ...s, schemes: [selfSet(0.05), selfSet(0.1)] }, [rep('a', [1], 0.1)]),
    ).toThrow(RangeError);
  });
});
