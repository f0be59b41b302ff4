import { describe, expect, it } from 'vitest';
import { sweepPanel } from '../../../src/lib/charts/sweep/geometry';
import { Z95, type SweepPoint } from '../../../src/lib/engine/sweep';

const e = (mean: number, se: number) => ({ mean, se });
const points: SweepPoint[] = [0.03, 0.01, 0.02].map((value) => ({
  value,
  payout: e(value * 1000, 2),
  sales: e(500, 0),
  share: e(value * 2, 0.001),
  mape: e(0.15, 0.01),
  within: e(0.4, 0.01),
  hitRate: e(0.5, 0.01),
}));

describe('sweepPanel', () => {
  it('sweepPanel draws the points in order of the parameter with their 95% band', () => {
    const g = sweepPanel(points, 'payout', 400, 200, {});
    expect(g.dots.map((d) => d.value)).toEqual([0.01, 0.02, 0.03]);
    expect(g.dots[0].halfWidth).toBeCloseTo(Z95 * 2, 12);
    expect(g.dots[2].cx).toBeCloseTo(g.frame.right, 9);
    const [x0, y0] = g.line.slice(1).split(/[L,]/).map(Number);
    expect(x0).toBeCloseTo(g.dots[0].cx, 2);
    expect(y0).toBeCloseTo(g.dots[0].cy, 2);
  });

  it('sweepPanel keeps the budget and the solved value inside its scales', () => {
    const solved = { value: 0.015, low: 0.014, high: null };
    const g = sweepPanel(points, 'share', 400, 200, { solved, level: 0.09 });
    expect(g.y.domain()[1]).toBeGreaterThanOrEqual(0.09);
    expect(g.level).toBeCloseTo(g.y(0.09), 9);
    expect(g.solved).toEqual({ x: g.x(0.015), x0: g.x(0.014), x1: null });
  });
});
