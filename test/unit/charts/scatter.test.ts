import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scatterGeometry, type ScatterSeries } from '../../../src/lib/charts/scatter/geometry';
import { axisKind, diagonalPlot, logTicks } from '../../../src/lib/charts/scatter/plot';

function series(pairs: [number, number][], id = 's'): ScatterSeries {
  return {
    id,
    points: pairs.map(([target, actual], i) => ({ target, actual, rep: 'r', period: i })),
  };
}

describe('axisKind', () => {
  it('axisKind keeps linear axes for values within a decade and a half', () => {
    expect(axisKind([10, 300])).toBe('linear');
  });

  it('axisKind switches to log axes for positive values that span more', () => {
    expect(axisKind([10, 400])).toBe('log');
  });

  it('axisKind stays linear when any value is zero or negative', () => {
    expect(axisKind([0, 1e6])).toBe('linear');
    expect(axisKind([-5, 1e6])).toBe('linear');
  });
});

describe('scatterGeometry', () => {
  it('scatterGeometry places each dot at its target across and its actual up', () => {
    const g = scatterGeometry(
      [
        series([
          [100, 80],
          [120, 130],
        ]),
        series([[90, 95]]),
      ],
      500,
      400,
    );
    expect(g.dots).toHaveLength(3);
    for (const dot of g.dots) {
      expect(g.x.invert(dot.cx)).toBeCloseTo(dot.target, 9);
      expect(g.y.invert(dot.cy)).toBeCloseTo(dot.actual, 9);
    }
    expect(g.dots[2].series).toBe(1);
  });

  it('scatterGeometry draws the diagonal along target = actual on both kinds of axes', () => {
    for (const pairs of [
      [
        [100, 80],
        [120, 130],
      ],
      [
        [10, 20],
        [5000, 4000],
      ],
    ] as [number, number][][]) {
      const g = scatterGeometry([series(pairs)], 520, 380);
      const { x1, y1, x2, y2 } = g.diagonal;
      expect(g.x.invert(x1)).toBeCloseTo(g.y.invert(y1), 9);
      expect(g.x.invert(x2)).toBeCloseTo(g.y.invert(y2), 9);
      for (const dot of g.dots) {
        expect(dot.cx).toBeGreaterThanOrEqual(g.frame.left - 1e-9);
        expect(dot.cy).toBeLessThanOrEqual(g.frame.bottom + 1e-9);
      }
    }
  });

  it('scatterGeometry finds the same nearest dot as a brute-force search', () => {
    const pair = fc.tuple(
      fc.double({ min: 1, max: 1000, noNaN: true }),
      fc.double({ min: 1, max: 1000, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(pair, { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        (pairs, px, py) => {
          const g = scatterGeometry([series(pairs)], 500, 400);
          const distances = g.dots.map((d) => Math.hypot(d.cx - px, d.cy - py));
          const best = Math.min(...distances);
          const found = g.nearest(px, py, Infinity);
          expect(distances[found]).toBeCloseTo(best, 9);
          expect(g.nearest(px, py, best - 1e-6)).toBe(best > 1e-6 ? -1 : found);
        },
      ),
      { numRuns: 200, seed: 99 },
    );
  });

  it('scatterGeometry skips points without a finite target or actual', () => {
    const g = scatterGeometry(
      [
        series([
          [Number.NaN, 5],
          [3, 4],
        ]),
      ],
      300,
      300,
    );
    expect(g.dots).toHaveLength(1);
    expect(g.nearest(0, 0, Infinity)).toBe(0);
    expect(scatterGeometry([], 300, 300).nearest(1, 1, Infinity)).toBe(-1);
  });
});

describe('logTicks', () => {
  it('logTicks thins crowded ticks to 1-2-5 and then to powers of ten', () => {
    const decades = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(logTicks(decades, 8)).toEqual([1, 2, 5, 10, 20, 50, 100]);
    expect(logTicks(decades, 5)).toEqual([1, 10, 100]);
    expect(logTicks([1, 2, 5], 8)).toEqual([1, 2, 5]);
    expect(logTicks(decades, 2)).toEqual([1, 100]);
  });
});

describe('diagonalPlot ticks', () => {
  const gaps = (positions: number[]) => positions.slice(1).map((p, i) => p - positions[i]);

  it('a phone-wide plot spaces its axis labels at least 40 pixels apart', () => {
    for (const width of [260, 300, 340]) {
      for (const top of [160_000, 987_654, 37]) {
        const plot = diagonalPlot([0, top], width, 340);
        const xs = plot.xTicks.map((t) => t.position);
        expect(xs.length).toBeGreaterThanOrEqual(2);
        expect(Math.min(...gaps(xs))).toBeGreaterThanOrEqual(40);
      }
    }
  });

  it('a phone-wide log plot keeps to fewer labels than a wide one', () => {
    const narrow = diagonalPlot([1, 100_000], 300, 340);
    const wide = diagonalPlot([1, 100_000], 1000, 340);
    expect(narrow.kind).toBe('log');
    expect(narrow.xTicks.length).toBeLessThan(wide.xTicks.length);
    expect(Math.min(...gaps(narrow.xTicks.map((t) => t.position)))).toBeGreaterThanOrEqual(40);
  });

  it('a wide plot keeps its finer ticks', () => {
    const plot = diagonalPlot([0, 160_000], 900, 340);
    expect(plot.xTicks.length).toBeGreaterThanOrEqual(6);
  });
});
