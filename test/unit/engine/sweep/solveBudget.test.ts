import { describe, expect, it } from 'vitest';
import { makePlan, runInProcess, selfSet } from '$lib/engine';
import {
  Z95,
  crossings,
  linearGrid,
  solveBudget,
  sweepPoints,
  sweepSchemes,
  type SweepPoint,
} from '$lib/engine/sweep';
import { essayShareAtMedian, expectWithinSe, rep } from './closedForms';

const sigma = 0.2;
const reps = [
  rep('a', [100, 120, 90], sigma),
  rep('b', [400, 380, 420], sigma),
  rep('c', [60, 70, 65], sigma),
];
const totalMean = reps.reduce((sum, r) => sum + r.mean.reduce((a, b) => a + b, 0), 0);

function essaySweep(values: number[], seed = 20261204, trials = 4000): SweepPoint[] {
  const schemes = sweepSchemes(selfSet(0.05, 'none'), 'rate', values);
  const plan = makePlan({ seed, trials, schemes }, reps);
  return sweepPoints(runInProcess(plan, reps, schemes[0].id), values);
}

/** Points of a known straight line a·v with a constant standard error c. */
function line(a: number, c: number, values: number[]): SweepPoint[] {
  const e = (mean: number) => ({ mean, se: c });
  return values.map((value) => ({
    value,
    payout: e(a * value),
    sales: e(1),
    share: e(a * value),
    mape: e(0),
    within: e(0),
    hitRate: e(0),
  }));
}

describe('solveBudget', () => {
  it('crossings finds every place a polyline meets a level, grid points once', () => {
    expect(crossings([0, 1, 2, 3], [0, 2, 0, 2], 1)).toEqual([0.5, 1.5, 2.5]);
    expect(crossings([0, 1, 2], [1, 3, 1], 1)).toEqual([0, 2]);
    expect(crossings([0, 1], [2, 3], 1)).toEqual([]);
  });

  it('solveBudget inverts a straight line and its band exactly', () => {
    const solution = solveBudget(line(2, 0.01, linearGrid(0, 1, 11)), { kind: 'share', share: 1 });
    expect(solution).toEqual({
      status: 'solved',
      value: expect.closeTo(0.5, 12),
      low: expect.closeTo((1 - Z95 * 0.01) / 2, 12),
      high: expect.closeTo((1 + Z95 * 0.01) / 2, 12),
    });
  });

  it('solveBudget keeps low below high on a falling curve', () => {
    const solution = solveBudget(line(-2, 0.01, linearGrid(0, 1, 11)), {
      kind: 'amount',
      amount: -1,
    });
    if (solution.status !== 'solved') throw new Error('not solved');
    expect(solution.value).toBeCloseTo(0.5, 12);
    expect(solution.low).toBeCloseTo((1 - Z95 * 0.01) / 2, 12);
    expect(solution.high).toBeCloseTo((1 + Z95 * 0.01) / 2, 12);
  });

  it('solveBudget leaves an end open when the band leaves the grid', () => {
    const solution = solveBudget(line(1, 0.2, linearGrid(0, 1, 11)), { kind: 'share', share: 0.9 });
    expect(solution).toMatchObject({ status: 'solved', high: null });
  });

  it('solveBudget says which side of the grid an unreachable budget lies on', () => {
    const points = line(1, 0.01, linearGrid(0.1, 1, 10));
    expect(solveBudget(points, { kind: 'share', share: 0.01 })).toEqual({
      status: 'unreachable',
      side: 'below',
    });
    expect(solveBudget(points, { kind: 'share', share: 5 })).toEqual({
      status: 'unreachable',
      side: 'above',
    });
  });

  it('solveBudget finds the essay rate that pays 3% of sales: t = 0.03 / (2(1 − Φ(σ)))', () => {
    // domain.md §1: at the median E[Z] = 2tm(1 − Φ(σ)) for every rep, so the share is linear.
    const expected = 0.03 / essayShareAtMedian(sigma);
    const solution = solveBudget(essaySweep(linearGrid(0.01, 0.06, 6)), {
      kind: 'share',
      share: 0.03,
    });
    if (solution.status !== 'solved' || solution.low === null || solution.high === null) {
      throw new Error(`not solved: ${JSON.stringify(solution)}`);
    }

    const se = (solution.high - solution.low) / (2 * Z95);
    expectWithinSe(solution.value, expected, se);
  });

  it('solveBudget gives the closed form of one run at t = 1 when pay is linear in t', () => {
    const [unit] = essaySweep([1]);
    const solution = solveBudget(essaySweep(linearGrid(0.01, 0.06, 6)), {
      kind: 'share',
      share: 0.03,
    });
    if (solution.status !== 'solved') throw new Error('not solved');

    expect(solution.value).toBeCloseTo(0.03 / unit.share.mean, 12);
    // The band t·(share ± Z95·se) at t = 1 is linear in t too, so its ends are exact as well.
    const { mean, se } = unit.share;
    expect(solution.low).toBeCloseTo(0.03 / (mean + Z95 * se), 12);
    expect(solution.high).toBeCloseTo(0.03 / (mean - Z95 * se), 12);
  });

  it('solveBudget finds the rate for a total amount: t = B / (2(1 − Φ(σ))·Σm)', () => {
    const amount = 0.04 * totalMean;
    const expected = amount / (essayShareAtMedian(sigma) * totalMean);
    const solution = solveBudget(essaySweep(linearGrid(0.02, 0.08, 7)), { kind: 'amount', amount });
    if (solution.status !== 'solved' || solution.low === null || solution.high === null) {
      throw new Error('not solved');
    }
    expectWithinSe(solution.value, expected, (solution.high - solution.low) / (2 * Z95));
  });
});
