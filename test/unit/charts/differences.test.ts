import { describe, expect, it } from 'vitest';
import { axisReach, differenceGeometry } from '../../../src/lib/charts/differences/geometry';
import type { OutcomeRow } from '../../../src/lib/charts/outcomes/rows';

function row(metric: OutcomeRow['metric'], base: number, diff: number, half: number): OutcomeRow {
  return {
    metric,
    kind: 'money',
    better: metric === 'payout' ? 'lower' : 'higher',
    cells: [
      { value: base, halfWidth: 1 },
      { value: base + diff, halfWidth: 1 },
    ],
    differences: [{ value: diff, halfWidth: half }],
  };
}

describe('differenceGeometry', () => {
  const rows = [row('profit', 200, 20, 4), row('payout', 100, 5, 10), row('repUtility', 0, 3, 1)];
  const g = differenceGeometry(rows, 0, 600, 300);

  it('differenceGeometry puts each change relative to the baseline’s own value', () => {
    const profit = g.marks.find((m) => m.metric === 'profit');
    expect(profit?.change).toBeCloseTo(0.1, 12);
    expect(profit?.low).toBeCloseTo(0.08, 12);
    expect(profit?.high).toBeCloseTo(0.12, 12);
    expect(profit?.cx).toBeCloseTo(g.x(0.1), 9);
  });

  it('differenceGeometry says better or worse only when the interval excludes no change', () => {
    expect(g.marks.find((m) => m.metric === 'profit')).toMatchObject({
      better: true,
      worse: false,
    });
    expect(g.marks.find((m) => m.metric === 'payout')).toMatchObject({
      better: false,
      worse: false,
    });
  });

  it('differenceGeometry calls a change with no interval neither better nor worse', () => {
    const bare = { ...row('profit', 200, 20, 4), differences: [{ value: 20, halfWidth: null }] };
    expect(differenceGeometry([bare], 0, 600, 300).marks[0]).toMatchObject({
      change: 0.1,
      bounded: false,
      better: false,
      worse: false,
    });
    expect(g.marks.every((m) => m.bounded)).toBe(true);
  });

  it('differenceGeometry skips a metric whose baseline is 0 and keeps 0 in the middle', () => {
    expect(g.skipped).toEqual(['repUtility']);
    expect(g.y.domain()).toEqual(['profit', 'payout']);
    expect(g.zero).toBeCloseTo((g.frame.left + g.frame.right) / 2, 9);
  });
});

describe('differenceGeometry with one change far beyond the rest', () => {
  /** A row of four schemes' differences against a baseline of 100, intervals ±half. */
  function many(metric: OutcomeRow['metric'], diffs: number[], half: number): OutcomeRow {
    return {
      metric,
      kind: 'money',
      better: 'higher',
      cells: [
        { value: 100, halfWidth: 1 },
        ...diffs.map((d) => ({ value: 100 + d, halfWidth: 1 })),
      ],
      differences: diffs.map((value) => ({ value, halfWidth: half })),
    };
  }
  // As on the scheme library: pay spread +1,500% for one scheme, every other change ±30%.
  const rows = [
    many('sales', [1, -2, 0.5, 3], 0.5),
    many('payout', [-7, 4, -3, 12], 1),
    many('profit', [20, -30, 8, -5], 2),
    many('payRateSpread', [15, 6, -7, 1500], 2),
  ];
  const g = differenceGeometry(rows, 0, 800, 400);
  const [lowest, highest] = g.x.domain();

  it('keeps the axis to the rest, so a 7% change sits well clear of no change', () => {
    expect(highest).toBeLessThan(1);
    expect(lowest).toBe(-highest);
    const payout = g.marks.find((m) => m.metric === 'payout' && m.series === 0);
    expect(Math.abs((payout?.cx ?? 0) - g.zero)).toBeGreaterThan(20);
    const inside = g.marks.filter((m) => m.off === 0);
    expect(inside).toHaveLength(15);
    inside.forEach((m) => expect(m.cx).toBeCloseTo(g.x(m.change), 9));
  });

  it('draws the change beyond the axis at its end and says so', () => {
    const outlier = g.marks.find((m) => m.metric === 'payRateSpread' && m.series === 3);
    expect(outlier).toMatchObject({ off: 1, change: 15, cutLow: false, cutHigh: true });
    expect(outlier?.cx).toBeCloseTo(g.frame.right, 9);
    expect(outlier?.x0).toBeCloseTo(g.frame.right, 9);
  });

  it('leaves every mark on a scale whose changes are of one size', () => {
    const even = differenceGeometry([many('profit', [20, -30, 8, -5], 2)], 0, 800, 400);
    expect(even.marks.every((m) => m.off === 0 && !m.cutLow && !m.cutHigh)).toBe(true);
    expect(even.x.domain()[1]).toBeGreaterThanOrEqual(0.32);
  });

  it('axisReach leaves out only a few extents, and only past a gap of 4 and 10%', () => {
    expect(axisReach([15, 0.3, 0.2, 0.1])).toBe(0.3);
    expect(axisReach([15, 14, 0.3, 0.2, 0.1])).toBe(15);
    expect(axisReach([15, 14, 0.3, 0.2, 0.1, 0.1, 0.1, 0.1])).toBe(0.3);
    expect(axisReach([0.35, 0.02, 0.01, 0])).toBe(0.35);
    expect(axisReach([0.5, 0.02, 0.01, 0])).toBe(0.1);
    expect(axisReach([0.004])).toBe(0.01);
    expect(axisReach([])).toBe(0.01);
  });
});
