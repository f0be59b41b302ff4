import { describe, expect, it } from 'vitest';
import { detectHeaderRow } from '../../../src/lib/data/headerRow';

const data = [
  ['Anna', '44941', '70', '100'],
  ['Anna', '2023-02-15', '93.68', '100'],
];

describe('detectHeaderRow', () => {
  it('detectHeaderRow passes over a title and a row of group names from merged cells', () => {
    const rows = [
      ['Sales report FY2023-2025'],
      ['', 'Period', 'Amounts'],
      ['Rep', 'Date', 'Sales', 'Target'],
      ...data,
    ];
    expect(detectHeaderRow(rows)).toBe(2);
  });

  it('detectHeaderRow passes over Chinese group names above the header', () => {
    const rows = [['', '期间', '金额（万元）'], ['销售员', '月份', '销售额', '目标'], ...data];
    expect(detectHeaderRow(rows)).toBe(1);
  });

  it('detectHeaderRow keeps a header with a blank cell above fuller rows of values', () => {
    const rows = [['Rep', '', 'Sales', 'Target'], ...data];
    expect(detectHeaderRow(rows)).toBe(0);
    const amounts = [
      ['Rep', 'Month', 'Sales', ''],
      ['Bo', 'Jan 2024', '¥70', '(5)'],
    ];
    expect(detectHeaderRow(amounts)).toBe(0);
  });

  it('detectHeaderRow keeps a header of month columns, which read as values', () => {
    const rows = [['Monthly sales'], ['Rep', '2024-01', '2024-02'], ['Anna', '70', '80']];
    expect(detectHeaderRow(rows)).toBe(1);
  });

  it('detectHeaderRow takes the first row when no row has two cells', () => {
    expect(detectHeaderRow([['Read me'], ['nothing here']])).toBe(0);
    expect(detectHeaderRow([])).toBe(0);
  });
});
