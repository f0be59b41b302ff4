import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markPaths, type Mark } from '../../../src/lib/charts/scatter/markPaths';

/** The start point of every subpath: one per mark, each an absolute move-to. */
function starts(d: string): [number, number][] {
  return [...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('markPaths', () => {
  it('markPaths groups marks by series and fill, in series order, one subpath per mark', () => {
    const marks: Mark[] = [
      { cx: 10, cy: 20, series: 1 },
      { cx: 30, cy: 40, series: 0 },
      { cx: 50, cy: 60, series: 1, hollow: true },
      { cx: 70, cy: 80, series: 1 },
    ];
    const paths = markPaths(marks, 3);
    expect(paths.map((p) => [p.series, p.hollow])).toEqual([
      [0, false],
      [1, false],
      [1, true],
    ]);
    expect(paths.map((p) => starts(p.d).length)).toEqual([1, 2, 1]);
  });

  it('markPaths starts a circle at its left edge and a triangle at its apex', () => {
    const [circle, triangle] = markPaths(
      [
        { cx: 100, cy: 50, series: 0 },
        { cx: 100, cy: 50, series: 1 },
      ],
      4,
    );
    expect(starts(circle.d)).toEqual([[96, 50]]);
    // Triangles are a quarter larger than circles, so both read as the same size.
    expect(starts(triangle.d)).toEqual([[100, 45]]);
    expect(circle.d).toContain('a4 4 0 1 0 8 0a4 4 0 1 0 -8 0Z');
  });

  it('markPaths keeps every mark within a tenth of a pixel of where it was placed', () => {
    const mark = fc.record({
      cx: fc.double({ min: -500, max: 2000, noNaN: true }),
      cy: fc.double({ min: -500, max: 2000, noNaN: true }),
      series: fc.constant(0),
    });
    fc.assert(
      fc.property(fc.array(mark, { minLength: 1, maxLength: 40 }), (marks) => {
        const [{ d }] = markPaths(marks, 3);
        const got = starts(d);
        expect(got).toHaveLength(marks.length);
        got.forEach(([x, y], i) => {
          expect(Math.abs(x - (marks[i].cx - 3))).toBeLessThanOrEqual(0.1 + 1e-9);
          expect(Math.abs(y - marks[i].cy)).toBeLessThanOrEqual(0.05 + 1e-9);
        });
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('markPaths draws nothing for no marks', () => {
    expect(markPaths([], 3)).toEqual([]);
  });
});
