import { describe, expect, it } from 'vitest';
import type { LetterRow } from '../../../../src/lib/charts/outcomes/letterRows';
import { pngTable } from '../../../../src/lib/components/exec/pngTable';
import { rowName } from '../../../../src/lib/components/exec/rowName';
import { fmt, setLocale } from '../../../../src/lib/i18n/i18n.svelte';

const taken = (id: string, label: string): LetterRow => ({
  metric: 'deduction',
  deduction: { id, label },
  kind: 'money',
  better: 'lower',
  cells: [
    { value: 2255.3, halfWidth: 4.8 },
    { value: Number.NaN, halfWidth: null },
  ],
  differences: [{ value: Number.NaN, halfWidth: null }],
});

describe('rowName', () => {
  it('names the money a letter takes from pay in the reader’s language', () => {
    setLocale('en');
    expect(rowName(taken('fines', 'Fines'))).toBe('Fines taken off pay');
    expect(rowName(taken('withheld', 'x'))).toMatch(/^Commission still withheld at the end/);
    // A deduction the catalogs do not know keeps the engine's English label.
    expect(rowName(taken('bond', 'Bond kept'))).toBe('Bond kept (taken from pay)');
    setLocale('zh-CN');
    expect(rowName(taken('fines', 'Fines'))).toBe('从薪酬中扣除的罚款');
    expect(rowName(taken('withheld', 'x'))).toMatch(/^期末仍被暂扣的提成/);
    setLocale('en');
  });

  it('gives the PNG the same row, a dash where a scheme takes none', () => {
    setLocale('en');
    const table = pngTable({
      rows: [taken('fines', 'Fines')],
      schemeIds: ['letter', 'monthly'],
      differenceIds: ['monthly'],
      names: ['Letter', 'Monthly'],
      metricHeader: 'Metric',
      metricName: rowName,
      deltaLabel: 'Δ',
      format: fmt,
    });
    expect(table.rows[0][0]).toBe('Fines taken off pay');
    expect(table.rows[0][1]).toContain('2,255');
    expect(table.rows[0][2]).toBe('–');
  });
});
