import { describe, expect, it } from 'vitest';
import { halfWidth95, t95 } from '$lib/engine/interval';
import { jackknife } from '$lib/engine/sweep';

/**
 * P(|T| < t) for Student's t with n degrees of freedom, by the finite sums of Abramowitz and
 * Stegun 26.7.3-4 in θ = atan(t/√n): independent of the table and expansion under test.
 */
function within(t: number, n: number): number {
  const theta = Math.atan(t / Math.sqrt(n));
  const c2 = Math.cos(theta) ** 2;
  let term = 1;
  let sum = 1;
  if (n % 2 === 1) {
    for (let k = 1; k <= (n - 3) / 2; k++) sum += term *= ((2 * k) / (2 * k + 1)) * c2;
    const series = n === 1 ? 0 : Math.sin(theta) * Math.cos(theta) * sum;
    return (2 / Math.PI) * (theta + series);
  }
  for (let k = 1; k <= (n - 2) / 2; k++) sum += term *= ((2 * k - 1) / (2 * k)) * c2;
  return Math.sin(theta) * sum;
}

describe('95% intervals', () => {
  it('t95 leaves 2.5% in each tail of Student’s t, for 1 to 400 degrees of freedom', () => {
    expect(t95(1)).toBeCloseTo(Math.tan(0.475 * Math.PI), 3);
    expect(t95(2)).toBeCloseTo(0.95 / Math.sqrt(2 * 0.975 * 0.025), 3);
    for (let n = 1; n <= 400; n++) {
      // The table has five digits: P(|T| < t) moves by about 2t·f(t)·e for an error e in t.
      expect(Math.abs(within(t95(n), n) - 0.95)).toBeLessThan(1e-5);
    }
    expect(t95(1e9)).toBeCloseTo(1.959963984540054, 8);
  });

  it('halfWidth95 takes 1.96 standard errors, Student’s t for a few groups, none for NaN', () => {
    expect(halfWidth95({ mean: 5, se: 2 })).toBeCloseTo(2 * 1.959963984540054, 12);
    expect(halfWidth95({ mean: 5, se: 2, df: 1 })).toBeCloseTo(2 * 12.706, 2);
    expect(halfWidth95({ mean: 5, se: 2, df: 9 })).toBeCloseTo(2 * 2.2622, 3);
    expect(halfWidth95({ mean: 5, se: Number.NaN })).toBeNull();
  });

  it('a jackknife over G groups gives G − 1 degrees of freedom', () => {
    expect(jackknife(10, (g) => g ?? 0).df).toBe(9);
    expect(jackknife(1, () => 2).df).toBeUndefined();
  });
});
