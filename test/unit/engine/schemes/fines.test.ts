import { describe, expect, it } from 'vitest';
import { trialStream } from '$lib/engine/random';
import { expectedFines, periodFines } from '$lib/engine/schemes/fines';
import type { Fine } from '$lib/engine/types';
import { expectWithinSe, meanAndSe } from '../helpers';

const breach: Fine = { kind: 'events', id: 'b', label: 'b', amount: 50, expected: 0.4 };
const outlets: Fine = {
  kind: 'shortfall',
  id: 'o',
  label: 'o',
  amount: 10,
  required: 8,
  expected: 7.5,
};

describe('fines', () => {
  it('expectedFines of breaches is amount · expected count', () => {
    expect(expectedFines([breach])).toBeCloseTo(20, 12);
  });

  it('expectedFines of a duty sums (required − d)·P(D = d) below the requirement', () => {
    // Independent sum with the Poisson pmf built by its recurrence.
    let p = Math.exp(-7.5);
    let shortfall = 0;
    for (let d = 0; d < 8; d++) {
      shortfall += (8 - d) * p;
      p *= 7.5 / (d + 1);
    }
    expect(expectedFines([outlets])).toBeCloseTo(10 * shortfall, 10);
    expect(expectedFines([{ ...outlets, expected: 0 }])).toBe(80);
  });

  it('periodFines averages to expectedFines, within 4 SE', () => {
    const visits: Fine = { ...outlets, id: 'v', amount: 5, required: 260, expected: 255 };
    const rng = trialStream(4, 0);
    const fines = [breach, outlets, visits];
    const x = Float64Array.from({ length: 50_000 }, () => periodFines(fines, rng));
    const { mean, se } = meanAndSe(x);
    expectWithinSe(mean, expectedFines(fines), se, 4);
  });

  it('periodFines without fines is 0', () => {
    expect(periodFines([], trialStream(1, 0))).toBe(0);
  });
});
