import { describe, expect, it } from 'vitest';
import type { OutcomeRow } from '../../../../src/lib/charts/outcomes/rows';
import { pngTable } from '../../../../src/lib/components/exec/pngTable';
import type { FormatStyle, NumberKind } from '../../../../src/lib/i18n/format';

// Plain numbers, with the + the real format writes before a gain when asked for a sign.
const format = (value: number, _kind: NumberKind, style?: FormatStyle) =>
  `${style?.signed && value > 0 ? '+' : ''}${value}`;
const row = (metric: OutcomeRow['metric'], values: number[], deltas: number[]): OutcomeRow =>
  ({
    metric,
    kind: 'amount',
    better: 'higher',
    cells: values.map((value) => ({ value, halfWidth: null })),
    differences: deltas.map((value) => ({ value, halfWidth: 1 })),
  }) as OutcomeRow;

const input = {
  schemeIds: ['a', 'base', 'c'],
  names: ['A', 'Base', 'C'],
  metricHeader: 'Metric',
  metricName: (r: OutcomeRow) => r.metric,
  deltaLabel: 'Δ',
  format,
};

describe('pngTable', () => {
  it('pngTable gives one column per scheme and puts each difference under its scheme', () => {
    // Differences are listed in their own order (c before a); the baseline has none.
    const table = pngTable({
      ...input,
      rows: [row('payout', [10, 20, 30], [7, -3])],
      differenceIds: ['c', 'a'],
    });
    expect(table.header).toEqual(['Metric', 'A', 'Base', 'C']);
    expect(table.rows).toEqual([
      ['payout', '10', '20', '30'],
      ['Δ', '-3 ± 1', '', '+7 ± 1'],
    ]);
  });

  it('pngTable leaves out the rows of differences when nothing is compared', () => {
    const table = pngTable({ ...input, rows: [row('sales', [1, 2, 3], [])], differenceIds: [] });
    expect(table.rows).toEqual([['sales', '1', '2', '3']]);
  });
});
