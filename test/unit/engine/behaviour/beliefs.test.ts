import { describe, expect, it } from 'vitest';
import { beliefShifts, believedMu, strategicReps } from '$lib/engine/behaviour/beliefs';
import { meanAndSe } from '../helpers';

describe('strategicReps', () => {
  it('makes exactly round(share · reps) reps naive', () => {
    for (const share of [0, 0.25, 0.3, 0.5, 1]) {
      const strategic = strategicReps(3, 41, share);
      const naive = strategic.filter((v) => v === 0).length;
      expect(naive).toBe(Math.round(share * 41));
    }
  });

  it('keeps every naive rep naive when the share grows', () => {
    const few = strategicReps(9, 50, 0.2);
    const more = strategicReps(9, 50, 0.6);
    few.forEach((v, r) => {
      if (v === 0) expect(more[r]).toBe(0);
    });
  });
});

describe('beliefShifts', () => {
  it('draws bias + noise·z with z standard normal: mean and sd within their errors', () => {
    const shifts = beliefShifts(5, 20000, { bias: 0.1, noise: 0.2 });
    const { mean, se } = meanAndSe(shifts);
    expect(Math.abs(mean - 0.1)).toBeLessThanOrEqual(4 * se);

    // The sample variance of normals has sd σ²·√(2/(n − 1)).
    const variance = shifts.reduce((s, v) => s + (v - mean) ** 2, 0) / (shifts.length - 1);
    expect(Math.abs(variance - 0.04)).toBeLessThanOrEqual(4 * 0.04 * Math.sqrt(2 / 19999));
  });

  it('moves each rep belief of its cells by its own shift', () => {
    const mu = believedMu(Float64Array.of(1, 2, 3, 4), Float64Array.of(0.5, -1));
    expect(Array.from(mu)).toEqual([1.5, 2.5, 2, 3]);
  });
});
