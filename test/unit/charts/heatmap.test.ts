import { describe, expect, it } from 'vitest';
import { heatmapGeometry } from '../../../src/lib/charts/heatmap/geometry';
import { selfSet, truthTellingPay } from '../../../src/lib/engine';

describe('heatmapGeometry', () => {
  it('heatmapGeometry pays every cell at its centre by the rule it is given', () => {
    const scheme = selfSet(0.05, 'none');
    const pay = (x: number, y: number) => truthTellingPay(scheme, x, y);
    const g = heatmapGeometry(pay, [0, 200], 10, 500, 400);
    expect(g.cells).toHaveLength(100);
    for (const c of g.cells) {
      expect(c.pay).toBe(0.05 * Math.min(c.target, 2 * c.sales - c.target));
      expect(c.target).toBeCloseTo(10 + 20 * c.i, 9);
      expect(c.sales).toBeCloseTo(10 + 20 * c.j, 9);
    }
    expect(g.range[0]).toBeLessThan(0);
  });

  it('heatmapGeometry puts sales upwards and targets to the right, tiling the plot', () => {
    const g = heatmapGeometry(() => 1, [0, 100], 4, 400, 300);
    const corner = g.cells[0];
    expect(corner.x).toBeCloseTo(g.frame.left, 9);
    expect(corner.y + corner.height).toBeCloseTo(g.frame.bottom, 9);
    const last = g.cells[g.cells.length - 1];
    expect(last.x + last.width).toBeCloseTo(g.frame.right, 9);
    expect(last.y).toBeCloseTo(g.frame.top, 9);
  });

  it('heatmapGeometry draws Y = X/2 from where it enters the square', () => {
    const g = heatmapGeometry(() => 0, [40, 200], 8, 400, 300);
    expect(g.half).toEqual({ x1: g.x(80), y1: g.y(40), x2: g.x(200), y2: g.y(100) });
    expect(heatmapGeometry(() => 0, [150, 200], 8, 400, 300).half).toBeNull();
  });
});
