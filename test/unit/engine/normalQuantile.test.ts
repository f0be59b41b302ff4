import { describe, expect, it } from 'vitest';
import { normalCdf } from '$lib/engine/normalCdf';
import { normalQuantile } from '$lib/engine/normalQuantile';

describe('normalQuantile', () => {
  it('normalQuantile inverts normalCdf to about machine precision, tails included', () => {
    for (const p of [1e-12, 1e-6, 0.001, 0.02, 0.024, 0.3, 0.5, 0.77, 0.976, 0.999]) {
      expect(Math.abs(normalCdf(normalQuantile(p)) / p - 1)).toBeLessThan(1e-12);
    }
  });

  it('normalQuantile gives the textbook 97.5% point and an exact median', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 13);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('normalQuantile maps 0, 1 and invalid probabilities to ±Infinity and NaN', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
    expect(normalQuantile(NaN)).toBeNaN();
  });
});
