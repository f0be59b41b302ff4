import { describe, expect, it } from 'vitest';
import { quantileSorted } from '$lib/engine/quantile';

describe('quantileSorted', () => {
  it("quantileSorted matches R's quantile(type = 7) on 1, 2, 3, 4", () => {
    // R: quantile(1:4, c(0.05, 0.5, 0.95)) gives 1.15, 2.5, 3.85.
    const x = [1, 2, 3, 4];
    expect(quantileSorted(x, 0.05)).toBeCloseTo(1.15, 12);
    expect(quantileSorted(x, 0.5)).toBe(2.5);
    expect(quantileSorted(x, 0.95)).toBeCloseTo(3.85, 12);
  });

  it('quantileSorted returns the extremes at 0 and 1 and the value itself for one value', () => {
    expect(quantileSorted([3, 5, 9], 0)).toBe(3);
    expect(quantileSorted([3, 5, 9], 1)).toBe(9);
    expect(quantileSorted([7], 0.3)).toBe(7);
  });

  it('quantileSorted is NaN for no values or a probability outside [0, 1]', () => {
    expect(quantileSorted([], 0.5)).toBeNaN();
    expect(quantileSorted([1, 2], 1.2)).toBeNaN();
  });
});
