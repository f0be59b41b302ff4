import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binCount, histogramGeometry } from '../../../src/lib/charts/histogram/geometry';

// Payouts in cents: real amounts, not the subnormal doubles that no payout takes.
const amount = fc.integer({ min: -1e8, max: 1e8 }).map((cents) => cents / 100);
const values = fc.array(amount, {
  minLength: 1,
  maxLength: 400,
});

function countIn(xs: number[], x0: number, x1: number, last: boolean): number {
  return xs.filter((v) => v >= x0 && (v < x1 || (last && v === x1))).length;
}

describe('histogramGeometry', () => {
  it('histogramGeometry gives each series shares that match an independent count', () => {
    fc.assert(
      fc.property(values, values, (a, b) => {
        const g = histogramGeometry(
          [
            { id: 'a', values: a },
            { id: 'b', values: b },
          ],
          600,
          300,
        );
        const last = g.bins.length - 1;
        g.bins.forEach((bin, k) => {
          expect(bin.shares[0]).toBeCloseTo(countIn(a, bin.x0, bin.x1, k === last) / a.length, 9);
          expect(bin.shares[1]).toBeCloseTo(countIn(b, bin.x0, bin.x1, k === last) / b.length, 9);
        });
      }),
      { numRuns: 150, seed: 20240601 },
    );
  });

  it('histogramGeometry makes shares that add up to one for every series', () => {
    fc.assert(
      fc.property(values, (a) => {
        const g = histogramGeometry([{ id: 'a', values: Float64Array.from(a) }], 600, 300);
        const total = g.bins.reduce((sum, bin) => sum + bin.shares[0], 0);
        expect(total).toBeCloseTo(1, 9);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('histogramGeometry lays contiguous bins of equal width across the plot', () => {
    const xs = Array.from({ length: 900 }, (_, i) => 1000 + ((i * 7919) % 900));
    const g = histogramGeometry([{ id: 'a', values: xs }], 700, 300);

    expect(g.bins.length).toBe(30);
    expect(g.bins[0].left).toBeCloseTo(g.frame.left, 9);
    expect(g.bins[g.bins.length - 1].right).toBeCloseTo(g.frame.right, 9);
    const width = g.bins[0].x1 - g.bins[0].x0;
    for (let k = 1; k < g.bins.length; k++) {
      expect(g.bins[k].x0).toBeCloseTo(g.bins[k - 1].x1, 9);
      expect(g.bins[k].x1 - g.bins[k].x0).toBeCloseTo(width, 9);
    }
    expect(g.bins[0].x0).toBeLessThanOrEqual(1000);
    expect(g.bins[g.bins.length - 1].x1).toBeGreaterThanOrEqual(1899);
  });

  it('histogramGeometry marks each mean where the sample mean lies', () => {
    const g = histogramGeometry(
      [
        { id: 'a', values: [1, 2, 3, 10] },
        { id: 'b', values: [4, 4, 4, 4] },
      ],
      500,
      200,
    );
    expect(g.x.invert(g.means[0].position)).toBeCloseTo(4, 9);
    expect(g.means[0].value).toBe(4);
    expect(g.means[1].value).toBe(4);
  });

  it('histogramGeometry draws a constant series in one bin of some width', () => {
    const g = histogramGeometry([{ id: 'a', values: [250, 250, 250] }], 500, 200);
    const full = g.bins.filter((bin) => bin.shares[0] > 0);
    expect(full).toHaveLength(1);
    expect(full[0].shares[0]).toBe(1);
    expect(full[0].x1).toBeGreaterThan(full[0].x0);
    expect(g.y.invert(g.frame.bottom)).toBe(0);
    expect(g.areas[0]).toMatch(/^M/);
  });

  it('histogramGeometry ignores values that are not finite', () => {
    const g = histogramGeometry([{ id: 'a', values: [1, Number.NaN, 3, Infinity] }], 500, 200);
    const total = g.bins.reduce((sum, bin) => sum + bin.shares[0], 0);
    expect(total).toBeCloseTo(1, 12);
    expect(g.means[0].value).toBe(2);
  });
});

describe('binCount', () => {
  it('binCount takes about the square root of the sample size, between 5 and 50', () => {
    expect(binCount(0)).toBe(5);
    expect(binCount(400)).toBe(20);
    expect(binCount(2000)).toBe(45);
    expect(binCount(1e6)).toBe(50);
  });
});
