import { describe, expect, it } from 'vitest';
import { normalCdf, selfSet } from '$lib/engine';
import { payoffCurve, targetCost } from '$lib/engine/sweep';
import { essayExpected, logMuOf } from './closedForms';

const belief = (m: number, sigma: number) => ({ logMu: logMuOf(m, sigma), logSigma: sigma });

/** Root of an increasing function by bisection. */
function bisect(f: (x: number) => number, a: number, b: number): number {
  for (let i = 0; i < 200; i++) {
    const mid = (a + b) / 2;
    if (f(mid) < 0) a = mid;
    else b = mid;
  }
  return (a + b) / 2;
}

describe('payoffCurve', () => {
  it('payoffCurve follows the essay’s closed form E[Z](X) = t(2E[min(Y, X)] − X)', () => {
    const curve = payoffCurve(selfSet(0.05, 'none'), belief(100, 0.2));
    curve.targets.forEach((x, k) => {
      expect(curve.expected[k]).toBeCloseTo(essayExpected(100, 0.2, 0.05, x), 3);
    });
  });

  it('payoffCurve marks the median as best, worth 2tm(1 − Φ(σ)) = 4.2074029', () => {
    const curve = payoffCurve(selfSet(0.05, 'none'), belief(100, 0.2));
    expect(curve.fractile).toBe(0.5);
    expect(curve.best.target).toBeCloseTo(curve.median, 9);
    expect(curve.median).toBeCloseTo(100 * Math.exp(-0.02), 9);
    expect(curve.best.expected).toBeCloseTo(4.2074029, 3);
    expect(Math.max(...curve.expected)).toBeLessThanOrEqual(curve.best.expected + 1e-12);
  });

  it('payoffCurve moves the best target above the median under a floor: 2F(X) − F(X/2) = 1', () => {
    // domain.md §1: with the floor at 0 a volatile rep's optimum solves 2F(X) − F(X/2) = 1.
    const b = belief(100, 0.5);
    const F = (x: number) => normalCdf((Math.log(x) - b.logMu) / b.logSigma);
    const expected = bisect((x) => 2 * F(x) - F(x / 2) - 1, 10, 1000);
    const curve = payoffCurve(selfSet(0.05, 'zero'), b);
    expect(curve.best.target).toBeGreaterThan(curve.median);
    expect(curve.best.target / expected).toBeCloseTo(1, 3);
  });

  it('payoffCurve spans the range asked for', () => {
    const curve = payoffCurve(selfSet(0.05), belief(100, 0.2), { from: 50, to: 150, points: 5 });
    expect(curve.targets).toEqual([50, 75, 100, 125, 150]);
  });

  it('targetCost is what sandbagging or overreaching loses against the best target', () => {
    const scheme = selfSet(0.05, 'none');
    const b = belief(100, 0.2);
    const curve = payoffCurve(scheme, b);
    expect(targetCost(scheme, b, curve, curve.best.target)).toBeCloseTo(0, 12);
    for (const x of [80, 120]) {
      const lost = essayExpected(100, 0.2, 0.05, curve.median) - essayExpected(100, 0.2, 0.05, x);
      expect(targetCost(scheme, b, curve, x)).toBeCloseTo(lost, 3);
    }
  });
});
