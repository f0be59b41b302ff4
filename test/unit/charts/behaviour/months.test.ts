import { describe, expect, it } from 'vitest';
import { monthBars } from '$lib/charts/behaviour/months/bars';
import { monthGeometry } from '$lib/charts/behaviour/months/geometry';
import type { SchemeBehaviourSummary } from '$lib/engine/behaviour/types';

const scheme = {
  cells: {
    sales: [0, 0, 0, 110, 95, 130],
    target: [0, 0, 0, 100, NaN, 120],
    pulled: [0, 0, 0, 5, 0, 0],
    pushed: [0, 0, 0, 0, 12, 0],
  },
} as unknown as SchemeBehaviourSummary;

describe('monthBars', () => {
  it('monthBars splits booked sales into own deals and deals pulled in, per period', () => {
    const bars = monthBars(scheme, 1, 3);
    expect(bars.map((b) => b.period)).toEqual([1, 2, 3]);
    expect(bars.map((b) => b.kept + b.pulled)).toEqual([110, 95, 130]);
    expect(bars[0].pulled).toBe(5);
    expect(bars[1].pushed).toBe(12);
  });
});

describe('monthGeometry', () => {
  it('monthGeometry stacks pulled deals on own deals and pushed ones above both', () => {
    const g = monthGeometry(monthBars(scheme, 1, 3), 600, 300);
    const [first, second] = g.shapes;
    expect(first.kept.y + first.kept.height).toBeCloseTo(g.y(0), 9);
    expect(first.pulled.y + first.pulled.height).toBeCloseTo(first.kept.y, 9);
    expect(first.pulled.y).toBeCloseTo(g.y(110), 9);
    expect(second.pushed.y + second.pushed.height).toBeCloseTo(g.y(95), 9);
    expect(second.pushed.y).toBeCloseTo(g.y(107), 9);
  });

  it('monthGeometry marks the target where there is one', () => {
    const g = monthGeometry(monthBars(scheme, 1, 3), 600, 300);
    expect(g.shapes[0].target?.y).toBeCloseTo(g.y(100), 9);
    expect(g.shapes[1].target).toBeNull();
    expect(g.y.domain()[1]).toBeGreaterThanOrEqual(130);
  });
});
