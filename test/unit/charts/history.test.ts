import { describe, expect, it } from 'vitest';
import {
  historyGeometry,
  thinLabels,
  type HistoryPoint,
} from '../../../src/lib/charts/history/geometry';

function point(label: string, sales: number | null, target: number | null = null): HistoryPoint {
  return { label, sales, target, fitted: sales === null ? null : 100 };
}

describe('historyGeometry', () => {
  it('historyGeometry breaks the sales line where a period is unknown', () => {
    const g = historyGeometry(
      [point('Q1', 90), point('Q2', 110), point('Q3', null), point('Q4', 95), point('Q5', 120)],
      600,
      300,
    );
    expect(g.salesPath.match(/M/g)).toHaveLength(2);
    expect(g.sales.map((m) => m.index)).toEqual([0, 1, 3, 4]);
  });

  it('historyGeometry puts marks at their values, left to right in period order', () => {
    const g = historyGeometry([point('a', 50, 60), point('b', 80), point('c', 0, 70)], 600, 300);
    for (const mark of [...g.sales, ...g.targets]) {
      expect(g.y.invert(mark.cy)).toBeCloseTo(mark.value, 9);
    }
    expect(g.targets.map((m) => m.value)).toEqual([60, 70]);
    expect(g.sales[0].cx).toBeLessThan(g.sales[1].cx);
    expect(g.sales[1].cx).toBeLessThan(g.sales[2].cx);
    expect(g.y.domain()[0]).toBe(0);
    expect(g.y.domain()[1]).toBeGreaterThanOrEqual(80);
  });

  it('historyGeometry reaches down to negative months and keeps every mark inside the plot', () => {
    const g = historyGeometry(
      [point('a', -1400, 300), point('b', 900), point('c', -200)],
      600,
      300,
    );
    const { top, bottom } = g.frame;
    expect(g.y.domain()[0]).toBeLessThanOrEqual(-1400);
    expect(g.y.domain()[1]).toBeGreaterThanOrEqual(900);
    for (const mark of [...g.sales, ...g.targets]) {
      expect(mark.cy).toBeGreaterThanOrEqual(top);
      expect(mark.cy).toBeLessThanOrEqual(bottom);
    }
    expect(g.yTicks.some((t) => t.value === 0)).toBe(true);

    const minus = (label: string, sales: number) => ({ label, sales, target: null, fitted: -30 });
    const allNegative = historyGeometry([minus('a', -50), minus('b', -20)], 600, 300);
    expect(allNegative.y.domain()[1]).toBe(0);
    expect(allNegative.y(-50)).toBeLessThanOrEqual(allNegative.frame.bottom);
  });

  it('historyGeometry finds the period under the pointer and none outside the plot', () => {
    const points = ['a', 'b', 'c', 'd'].map((label, i) => point(label, 10 * (i + 1)));
    const g = historyGeometry(points, 600, 300);
    g.sales.forEach((mark, i) => {
      expect(g.periodAt(mark.cx)).toBe(i);
      expect(g.periodAt(mark.cx + 0.4 * (g.sales[1].cx - g.sales[0].cx))).toBe(i);
    });
    expect(g.periodAt(g.frame.left - 1)).toBe(-1);
    expect(historyGeometry([], 600, 300).periodAt(300)).toBe(-1);
  });

  it('historyGeometry writes no more period labels than fit', () => {
    const points = Array.from({ length: 48 }, (_, i) => point(`2020-${i}`, i));
    const g = historyGeometry(points, 600, 300);
    const room = Math.floor((g.frame.right - g.frame.left) / 64);
    expect(g.xTicks.length).toBeLessThanOrEqual(room);
    expect(g.xTicks[0].label).toBe('2020-0');
  });
});

describe('thinLabels', () => {
  it('thinLabels keeps every k-th index from the first, at most the number asked', () => {
    expect(thinLabels(10, 20)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(thinLabels(10, 4)).toEqual([0, 3, 6, 9]);
    expect(thinLabels(0, 4)).toEqual([]);
    for (let n = 1; n < 200; n += 7) expect(thinLabels(n, 9).length).toBeLessThanOrEqual(9);
  });
});
