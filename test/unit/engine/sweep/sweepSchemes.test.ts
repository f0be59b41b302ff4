import { describe, expect, it } from 'vitest';
import { makePlan, runInProcess, selfSet } from '$lib/engine';
import { DEFAULT_BEHAVIOUR } from '$lib/engine/behaviour/constants';
import { linearGrid, sweepPoints, sweepSchemes } from '$lib/engine/sweep';
import { rep } from './closedForms';

const reps = [rep('a', [100, 120], 0.2), rep('b', [300, 250], 0.4), rep('c', [50, 60], 0.1)];

function sweep(floor: 'none' | 'zero', values: number[]) {
  const schemes = sweepSchemes(selfSet(0.05, floor), 'rate', values);
  const plan = makePlan({ seed: 11, trials: 2000, schemes }, reps);
  return sweepPoints(runInProcess(plan, reps, schemes[0].id), values);
}

describe('sweepSchemes', () => {
  it('linearGrid spaces its points evenly and hits both ends exactly', () => {
    const grid = linearGrid(0.01, 0.1, 10);
    expect(grid).toHaveLength(10);
    expect(grid[0]).toBe(0.01);
    expect(grid[9]).toBe(0.1);
    grid.slice(1).forEach((x, k) => expect(x - grid[k]).toBeCloseTo(0.01, 12));
    expect(linearGrid(3, 9, 1)).toEqual([3]);
    expect(linearGrid(0.01, 0.1, 10)).toEqual([
      0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1,
    ]);
    expect(linearGrid(0, 1, 4)).toEqual([0, 0.333333333333, 0.666666666667, 1]);
    expect(() => linearGrid(0, 1, 0)).toThrow(/whole number/);
  });

  it('sweepSchemes gives every variant its own id and its own value', () => {
    const schemes = sweepSchemes(selfSet(0.05), 'rate', [0.02, 0.04]);
    expect(schemes.map((s) => s.id)).toEqual(['self-set@0', 'self-set@1']);
    expect(schemes.map((s) => (s.kind === 'truth-telling' ? s.beta : NaN))).toEqual([0.02, 0.04]);
  });

  it('sweepSchemes pays every grid point on the same draws of sales', () => {
    const points = sweep('zero', linearGrid(0.02, 0.1, 5));
    for (const p of points) expect(p.sales.mean).toBe(points[0].sales.mean);
  });

  it('sweepSchemes makes the expected payout exactly linear in t without a floor', () => {
    // The reported target (the median) does not depend on t, so pay is t·min(X, 2Y − X).
    const points = sweep('none', linearGrid(0.02, 0.1, 5));
    const perUnit = points[0].payout.mean / points[0].value;
    for (const p of points) {
      expect(p.payout.mean / p.value).toBeCloseTo(perUnit, 6);
      expect(p.payout.se / p.value).toBeCloseTo(points[0].payout.se / points[0].value, 6);
      expect(p.mape.mean).toBe(points[0].mape.mean);
    }
  });

  it('sweepPoints refuses a summary with a different number of schemes', () => {
    const schemes = sweepSchemes(selfSet(0.05), 'rate', [0.02, 0.04]);
    const plan = makePlan({ seed: 1, trials: 100, schemes }, reps);
    expect(() => sweepPoints(runInProcess(plan, reps, 'self-set@0'), [0.02])).toThrow(/1 values/);
  });

  it('sweepSchemes with behaviour plans every variant as that scheme alone would be planned', () => {
    const behaviour = { ...DEFAULT_BEHAVIOUR, naiveShare: 0.4 };
    const values = [0.2, 0.5, 0.8];
    const quota = {
      kind: 'haggled-quota' as const,
      id: 'quota',
      label: 'quota',
      performancePayShare: 0.05,
      excessRate: 0.005,
      haggling: { repOpening: 0.2, bossOpening: 0.25, bossPower: 0.5, bossNoise: 0.1, growth: 0 },
    };
    const schemes = sweepSchemes(quota, 'haggling.bossPower', values);
    const swept = makePlan({ seed: 3, trials: 100, schemes, behaviour }, reps);
    schemes.forEach((scheme, k) => {
      const alone = makePlan({ seed: 3, trials: 100, schemes: [scheme], behaviour }, reps);
      expect(Array.from(swept.schemes[k].target)).toEqual(Array.from(alone.schemes[0].target));
      expect(swept.behaviour!.strategic).toEqual(alone.behaviour!.strategic);
      const [a, b] = [swept.behaviour!.schemes[k], alone.behaviour!.schemes[0]];
      expect(Array.from(a.lift)).toEqual(Array.from(b.lift));
      expect(Array.from(a.stance)).toEqual(Array.from(b.stance));
      expect(Array.from(a.nextMarginal)).toEqual(Array.from(b.nextMarginal));
    });
    // The bargaining power moves the quotas, so the variants are not all the same plan.
    expect(swept.schemes[0].target).not.toEqual(swept.schemes[2].target);
  });
});
