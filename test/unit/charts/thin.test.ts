import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scatterGeometry } from '../../../src/lib/charts/scatter/geometry';
import { thin } from '../../../src/lib/charts/scatter/thin';
import { targetGeometry } from '../../../src/lib/charts/behaviour/targets/geometry';

describe('thin', () => {
  it('thin keeps a short list whole and a long one evenly spread, in order', () => {
    expect(thin([1, 2, 3], 5)).toEqual([1, 2, 3]);
    expect(thin([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5)).toEqual([0, 2, 4, 6, 8]);
  });

  it('thin returns exactly `most` distinct items in order, the first among them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 1, max: 500 }),
        (n, most) => {
          const items = Array.from({ length: n }, (_, i) => i);
          const kept = thin(items, most);
          expect(kept).toHaveLength(Math.min(n, most));
          expect(kept[0]).toBe(0);
          for (let i = 1; i < kept.length; i += 1) expect(kept[i]).toBeGreaterThan(kept[i - 1]);
          // No gap between kept items is wider than the stride rounded up.
          const gaps = kept.slice(1).map((v, i) => v - kept[i]);
          expect(Math.max(0, ...gaps)).toBeLessThanOrEqual(Math.ceil(n / most));
        },
      ),
      { numRuns: 300, seed: 3 },
    );
  });
});

describe('thinned scatters', () => {
  // Point 49 is never among the drawn ones (every fifth from 0) and holds the largest target.
  const pairs = Array.from({ length: 50 }, (_, i) => ({
    target: i === 49 ? 5000 : 10 + i,
    actual: 1000 - i,
    rep: `r${i}`,
    period: 1,
  }));

  it('scatterGeometry draws at most `most` dots per series but sets its axes on all points', () => {
    const g = scatterGeometry(
      [
        { id: 'a', points: pairs },
        { id: 'b', points: pairs.slice(0, 3) },
      ],
      500,
      400,
      undefined,
      10,
    );
    expect(g.total).toBe(53);
    expect(g.dots.filter((d) => d.series === 0)).toHaveLength(10);
    expect(g.dots.filter((d) => d.series === 1)).toHaveLength(3);
    expect(g.dots.some((d) => d.target === 5000)).toBe(false);
    expect(g.x.domain()[1]).toBeGreaterThanOrEqual(5000);
  });

  it('targetGeometry draws at most `most` marks per scheme', () => {
    const points = [0, 1].flatMap((series) =>
      pairs.map((p) => ({
        rep: p.rep,
        series,
        median: p.actual,
        target: p.target,
        strategic: true,
      })),
    );
    const g = targetGeometry(points, 500, 400, undefined, 7);
    expect(g.total).toBe(100);
    expect(g.dots.map((d) => d.series)).toEqual([...Array(7).fill(0), ...Array(7).fill(1)]);
  });
});
