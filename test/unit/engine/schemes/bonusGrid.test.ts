import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beliefNodes, expectedPay } from '$lib/engine/bestResponse';
import { normalCdf } from '$lib/engine/normalCdf';
import { bonusGridPay, gridValue } from '$lib/engine/schemes/bonusGrid';
import { bonusGridModule } from '$lib/engine/schemes/bonusGridModule';
import type { BonusGridScheme } from '$lib/engine/types';
import { FAST_CHECK } from '../helpers';
import { oneRepContext } from './context';

/** A grid whose cells follow the truth-telling family βF + α(A − F) or βF − γ(F − A). */
function familyGrid(ratios: number[], alpha: number, beta: number, gamma: number): number[][] {
  return ratios.map((f) =>
    ratios.map((a) => (a >= f ? beta * f + alpha * (a - f) : beta * f - gamma * (f - a))),
  );
}

const gonikRatios = [0, 0.5, 1, 1.5, 2];
const gonik: BonusGridScheme = {
  kind: 'bonus-grid',
  id: 'g',
  label: 'g',
  quota: { kind: 'share', share: 1 },
  standardBonus: { kind: 'fixed', values: [1000] },
  forecastRatios: gonikRatios,
  actualRatios: gonikRatios,
  grid: familyGrid(gonikRatios, 0.6, 1.2, 1.8),
  floor: 'none',
  basePay: 0,
};

describe('bonus grid', () => {
  it('gridValue reads the cells at the grid points: 120% for a forecast met exactly', () => {
    const g = (f: number, a: number) => gridValue(gonikRatios, gonikRatios, gonik.grid, f, a);
    expect(g(1, 1)).toBeCloseTo(1.2, 12);
    expect(g(1, 1.5)).toBeCloseTo(1.5, 12);
    expect(g(1, 0.5)).toBeCloseTo(0.3, 12);
    expect(g(0.5, 0)).toBeCloseTo(-0.3, 12);
    expect(g(2, 2)).toBeCloseTo(2.4, 12);
  });

  it('gridValue interpolates bilinearly and holds ratios outside the grid at its edge', () => {
    const grid = [
      [0, 1],
      [2, 5],
    ];
    expect(gridValue([0, 1], [0, 1], grid, 0.5, 0.5)).toBeCloseTo(2, 12);
    expect(gridValue([0, 1], [0, 1], grid, 0.25, 1)).toBeCloseTo(2, 12);
    expect(gridValue([0, 1], [0, 1], grid, 7, 9)).toBe(5);
    expect(gridValue([0, 1], [0, 1], grid, -1, -1)).toBe(0);
    expect(gridValue([1], [1], [[3]], 0, 5)).toBe(3);
  });

  it('bonusGridPay never falls as sales rise on a grid that rises along every row', () => {
    const arb = fc.record({
      x: fc.double({ min: 0, max: 300, noNaN: true }),
      y: fc.double({ min: 0, max: 300, noNaN: true }),
      dy: fc.double({ min: 0, max: 100, noNaN: true }),
    });
    fc.assert(
      fc.property(arb, ({ x, y, dy }) => {
        const low = bonusGridPay(gonik, 1000, 100, x, y);
        expect(bonusGridPay(gonik, 1000, 100, x, y + dy)).toBeGreaterThanOrEqual(low - 1e-9);
      }),
      FAST_CHECK,
    );
  });

  it('a rep forecasts on a row of a coarse grid, where expected pay is piecewise linear', () => {
    const context = oneRepContext([100], 1, 0.3);
    const planned = bonusGridModule.plan(gonik, context);
    const q = planned.quota?.[0] ?? NaN;
    expect(q).toBeCloseTo(100, 12);
    expect(planned.target[0] / q).toBeCloseTo(1, 6);
  });

  it('the solver finds the quantile (β − α)/(γ − α) on a fine grid of the family', () => {
    const ratios = Array.from({ length: 301 }, (_, k) => k / 100);
    for (const [alpha, beta, gamma] of [
      [0.6, 1.2, 1.8],
      [0, 1, 2],
      [0.2, 1, 1.4],
    ]) {
      const scheme = { ...gonik, forecastRatios: ratios, actualRatios: ratios };
      const fine = { ...scheme, grid: familyGrid(ratios, alpha, beta, gamma) };
      const context = oneRepContext([100], 1, 0.25);
      const x = bonusGridModule.plan(fine, context).target[0];
      const F = normalCdf((Math.log(x) - context.logMu[0]) / 0.25);
      // A grid step of 0.01·Q is about 0.016 in probability at the median for σ = 0.25.
      expect(Math.abs(F - (beta - alpha) / (gamma - alpha))).toBeLessThanOrEqual(0.02);
    }
  });

  it('the chosen forecast pays at least as much as any other row of the grid', () => {
    const context = oneRepContext([100], 1, 0.3);
    const planned = bonusGridModule.plan(gonik, context);
    const nodes = beliefNodes({ logMu: context.logMu[0], logSigma: 0.3 });
    const pay = (x: number, y: number) => bonusGridPay(gonik, 1000, 100, x, y);
    const best = expectedPay(pay, planned.target[0], nodes);
    for (const row of gonikRatios) {
      expect(best).toBeGreaterThanOrEqual(expectedPay(pay, 100 * row, nodes) * (1 - 1e-9));
    }
  });

  it('bonusGridPay pays nothing without a positive quota and floors negative bonuses', () => {
    expect(bonusGridPay(gonik, 1000, 0, 50, 50)).toBe(0);
    expect(bonusGridPay(gonik, 1000, 100, 200, 0)).toBeCloseTo(-1200, 9);
    expect(bonusGridPay({ ...gonik, floor: 'zero' }, 1000, 100, 200, 0)).toBe(0);
  });
});
