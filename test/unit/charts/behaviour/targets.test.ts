import { describe, expect, it } from 'vitest';
import {
  targetGeometry,
  targetPoints,
  unmarkedSeries,
  type TargetPoint,
} from '$lib/charts/behaviour/targets/geometry';
import type { RepModel, RunSummary } from '$lib/engine/types';

const point = (median: number, target: number, series = 0): TargetPoint => ({
  rep: 'r',
  series,
  median,
  target,
  strategic: true,
});

describe('targetPoints', () => {
  it('targetPoints pairs each rep first-period target with its median m·e^(−σ²/2)', () => {
    const reps = [
      { id: 'a', name: 'A', mean: [100, 50], sigma: 0.4 },
      { id: 'b', name: 'B', mean: [200, 50], sigma: 0 },
    ] as RepModel[];
    const summary = {
      schemes: [
        {
          perRep: [
            { name: 'A', target: [90, 1] },
            { name: 'B', target: [210, 1] },
          ],
        },
      ],
      behaviour: { strategic: [true, false] },
    } as unknown as RunSummary;
    const points = targetPoints(summary, reps);

    expect(points.map((p) => p.target)).toEqual([90, 210]);
    expect(points[0].median).toBeCloseTo(100 * Math.exp(-0.08), 12);
    expect(points[1].median).toBe(200);
    expect(points.map((p) => p.strategic)).toEqual([true, false]);
  });
});

describe('targetGeometry', () => {
  it('targetGeometry puts a target equal to its median on the diagonal', () => {
    const g = targetGeometry([point(100, 100), point(50, 80), point(150, 120, 1)], 500, 400);
    const { x1, y1, x2, y2 } = g.diagonal;
    const onLine = (cx: number, cy: number) => (cy - y1) * (x2 - x1) - (cx - x1) * (y2 - y1);
    expect(onLine(g.dots[0].cx, g.dots[0].cy)).toBeCloseTo(0, 6);
    // A target above the median sits above the line (smaller y on screen).
    expect(g.dots[1].cy).toBeLessThan(y1 + ((g.dots[1].cx - x1) * (y2 - y1)) / (x2 - x1));
  });

  it('targetGeometry drops marks without a finite target and finds the nearest mark', () => {
    const g = targetGeometry([point(100, NaN), point(60, 70)], 400, 300);
    expect(g.dots).toHaveLength(1);
    expect(g.nearest(g.dots[0].cx + 3, g.dots[0].cy - 2, 10)).toBe(0);
    expect(g.nearest(g.dots[0].cx + 50, g.dots[0].cy, 10)).toBe(-1);
  });
});

describe('unmarkedSeries', () => {
  it('unmarkedSeries names the schemes none of whose reps has a target to draw', () => {
    const points = [point(10, 11, 0), point(10, Number.NaN, 1), point(12, Number.NaN, 1)];
    expect(unmarkedSeries(points, 3)).toEqual([1, 2]);
    expect(unmarkedSeries([...points, point(9, 9, 2)], 3)).toEqual([1]);
  });
});
