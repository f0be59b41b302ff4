import { describe, expect, it } from 'vitest';
import { jackknife } from '$lib/engine/sweep';

describe('jackknife', () => {
  it('jackknife of a mean of equal groups is the standard error of the group means', () => {
    const groups = [3, 7, 1, 9, 4, 6];
    const mean = (omit: number | null) => {
      const kept = groups.filter((_, g) => g !== omit);
      return kept.reduce((a, b) => a + b, 0) / kept.length;
    };
    const m = mean(null);
    const sd = Math.sqrt(groups.reduce((a, v) => a + (v - m) ** 2, 0) / (groups.length - 1));

    const estimate = jackknife(groups.length, mean);
    expect(estimate.mean).toBe(m);
    expect(estimate.se).toBeCloseTo(sd / Math.sqrt(groups.length), 12);
  });

  it('jackknife has no standard error from a single group', () => {
    expect(jackknife(1, () => 2)).toEqual({ mean: 2, se: Number.NaN });
  });
});
