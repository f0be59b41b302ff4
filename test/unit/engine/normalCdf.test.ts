import { describe, expect, it } from 'vitest';
import { normalCdf, normalPdf } from '$lib/engine/normalCdf';
import { simpson } from './helpers';

describe('normalCdf', () => {
  it('normalCdf agrees with Simpson integration of the density to 1e-13', () => {
    for (const x of [-6, -3.2, -1, -0.2, 0, 0.2, 0.5, 1.7, 3, 6.9]) {
      const integral = 0.5 + simpson(normalPdf, 0, x, 4000);
      expect(Math.abs(normalCdf(x) - integral)).toBeLessThan(1e-13);
    }
  });

  it('normalCdf keeps relative accuracy far in the lower tail, where 1 − Φ would lose it', () => {
    for (const x of [3.9, 4.1, 5, 7, 7.5, 10]) {
      const tail = simpson(normalPdf, x, x + 20, 200000);
      expect(Math.abs(normalCdf(-x) / tail - 1)).toBeLessThan(1e-12);
    }
    // Φ(−x) = φ(x)/x · (1 − 1/x² + 3/x⁴ − 15/x⁶ + 105/x⁸ − 945/x¹⁰ + …); next term 2e-14 at 30.
    const x = 30;
    const terms = [1, -1, 3, -15, 105, -945].reduce((s, c, k) => s + c * x ** (-2 * k), 0);
    const series = (normalPdf(x) / x) * terms;
    expect(Math.abs(normalCdf(-x) / series - 1)).toBeLessThan(1e-12);
  });

  it('normalCdf is symmetric: Φ(x) + Φ(−x) = 1', () => {
    for (let x = 0; x < 8; x += 0.37) expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 15);
  });
});
