import { describe, expect, it } from 'vitest';
import { lognormalDensity, payoffGeometry } from '../../../src/lib/charts/payoff/geometry';
import { selfSet } from '../../../src/lib/engine';
import { payoffCurve } from '../../../src/lib/engine/sweep';

const belief = { logMu: Math.log(100) - 0.02, logSigma: 0.2 };

describe('payoffGeometry', () => {
  it('lognormalDensity integrates to one over the positive line', () => {
    let sum = 0;
    for (let y = 0.05; y < 400; y += 0.1) sum += lognormalDensity(belief, y) * 0.1;
    expect(sum).toBeCloseTo(1, 4);
    expect(lognormalDensity(belief, 0)).toBe(0);
  });

  it('payoffGeometry marks the best target at the top of the curve', () => {
    const curve = payoffCurve(selfSet(0.05, 'none'), belief);
    const g = payoffGeometry(curve, belief, 90, 600, 300);
    expect(g.best.cx).toBeCloseTo(g.x(curve.best.target), 9);
    expect(g.best.cy).toBeCloseTo(g.y(curve.best.expected), 9);
    expect(g.median).toBeCloseTo(g.best.cx, 6);
  });

  it('payoffGeometry draws the cost of a chosen target as the gap up to the best pay', () => {
    const curve = payoffCurve(selfSet(0.05, 'none'), belief);
    const g = payoffGeometry(curve, belief, 90, 600, 300);
    expect(g.chosen?.bestY).toBeCloseTo(g.best.cy, 9);
    expect(g.chosen?.cy).toBeGreaterThan(g.best.cy);
    expect(payoffGeometry(curve, belief, 1e9, 600, 300).chosen).toBeNull();
  });
});
