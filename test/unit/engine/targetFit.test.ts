import { describe, expect, it } from 'vitest';
import { makePlan } from '$lib/engine/plan';
import { selfSet } from '$lib/engine/schemes';
import { misfits, targetRange } from '$lib/engine/targetFit';
import type { PharmaLetterScheme } from '$lib/engine/types';
import { rep } from './helpers';

const letter = (quota: number): PharmaLetterScheme => ({
  kind: 'pharma-letter',
  id: `q${quota}`,
  label: 'letter',
  quota: { kind: 'fixed', values: [quota] },
  basePay: { kind: 'fixed', values: [0] },
  performancePay: { kind: 'fixed', values: [6] },
  excessRate: 0.005,
  fines: [],
  review: { periods: 4, penalty: 0 },
  expenseBudget: 0,
  periodsPerYear: 4,
});

describe('targetRange', () => {
  // Expected sales 100 and 400 a quarter: e^(μ + σ²/2) is the mean the reps were given.
  const reps = [rep('small', [100, 100, 100, 100], 0.3), rep('large', [400, 400, 400, 400], 0.1)];
  const schemes = [letter(200), letter(250), { ...selfSet(0.05, 'none'), id: 'self' }];
  const plan = makePlan({ seed: 1, trials: 100, schemes }, reps);

  it('gives each rep’s targets over its expected sales, lowest and highest', () => {
    const range = targetRange(plan, 0);
    expect(range?.low).toBeCloseTo(0.5, 12);
    expect(range?.high).toBeCloseTo(2, 12);
    expect(targetRange(plan, 1)?.high).toBeCloseTo(2.5, 12);
  });

  it('calls targets a misfit only past half or twice the expected sales', () => {
    expect(misfits({ low: 0.5, high: 2 })).toBe(false);
    expect(misfits(targetRange(plan, 1))).toBe(true);
    expect(misfits({ low: 0.49, high: 1 })).toBe(true);
    expect(misfits(targetRange(plan, 2))).toBe(false);
    expect(misfits(null)).toBe(false);
  });
});
