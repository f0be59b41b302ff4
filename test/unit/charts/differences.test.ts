import { describe, expect, it } from 'vitest';
import { differenceGeometry } from '../../../src/lib/charts/differences/geometry';
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

  it('differenceGeometry skips a metric whose baseline is 0 and keeps 0 in the middle', () => {
    expect(g.skipped).toEqual(['repUtility']);
    expect(g.y.domain()).toEqual(['profit', 'payout']);
    expect(g.zero).toBeCloseTo((g.frame.left + g.frame.right) / 2, 9);
  });
});
