import { describe, expect, it } from 'vitest';
import { isoDay, spanDates } from '../../../../src/lib/data/assignments/spanDates';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const read = (values: string[], order?: 'dmy' | 'mdy', date1904 = false) => {
  const outcome = spanDates(values, order, date1904);
  return outcome.ok ? outcome.days.map((d) => (d === null ? null : isoDay(d))) : outcome;
};

describe('spanDates', () => {
  it('reads ISO, slashes, Chinese, month names with two spaces, and year-months', () => {
    expect(
      read([
        '2011-05-31',
        '2011/5/31 0:00',
        '2011年5月31日',
        'May 31 2011 12:00AM',
        'Dec  1 2011 12:00AM',
        '31 May 2011',
        '2011-05',
      ]),
    ).toEqual([
      '2011-05-31',
      '2011-05-31',
      '2011-05-31',
      '2011-05-31',
      '2011-12-01',
      '2011-05-31',
      '2011-05-01',
    ]);
  });

  it('reads Excel serials in the 1900 and 1904 systems', () => {
    expect(read(['40694'])).toEqual(['2011-05-31']);
    expect(read(['39232'], undefined, true)).toEqual(['2011-05-31']);
  });

  it('decides the order of numbers-only dates from the whole column', () => {
    expect(read(['3/4/2024', '25/4/2024'])).toEqual(['2024-04-03', '2024-04-25']);
    expect(read(['3/4/2024', '4/25/2024'])).toEqual(['2024-03-04', '2024-04-25']);
    expect(read(['3/4/2024'], 'dmy')).toEqual(['2024-04-03']);
  });

  it('reports a column that cannot decide or mixes both orders', () => {
    expect(spanDates(['3/4/2024'])).toEqual({ ok: false, problem: 'ambiguous', value: '3/4/2024' });
    expect(spanDates(['13/4/2024', '4/13/2024'])).toMatchObject({ ok: false, problem: 'mixed' });
  });

  it('gives null for empty cells, text and days that do not exist', () => {
    expect(read(['', 'soon', '2023-02-29', '2024-13-01'])).toEqual([null, null, null, null]);
  });

  it('isoDay and day numbers are inverses', () => {
    for (const iso of ['1970-01-01', '2000-02-29', '2024-12-31'])
      expect(isoDay(day(iso))).toBe(iso);
  });
});
