import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../../src/lib/state/csv';

describe('csv', () => {
  it('csvCell puts a quote before text a spreadsheet would run as a formula', () => {
    for (const risky of [
      '=1+1',
      '+1',
      '-2+3',
      '@SUM(A1)',
      '\tx',
      '\rx',
      '−1',
      '＝1',
      '＋1',
      '＠x',
    ]) {
      expect(csvCell(risky), JSON.stringify(risky)).toMatch(/^"?'/);
    }
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('csvCell leaves plain text and numbers as they are, negative numbers included', () => {
    expect(csvCell('Alice Martin')).toBe('Alice Martin');
    expect(csvCell('刘洋')).toBe('刘洋');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(0.035)).toBe('0.035');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it('csvCell quotes commas, quotes and line breaks as RFC 4180 does', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('csvText starts with a byte-order mark and ends every row with CRLF', () => {
    const text = csvText(
      ['rep', 'pay'],
      [
        ['=x', 1],
        ['b', -2],
      ],
    );
    expect(text).toBe("\uFEFFrep,pay\r\n'=x,1\r\nb,-2\r\n");
  });
});
