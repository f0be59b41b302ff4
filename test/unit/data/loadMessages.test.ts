import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../src/lib/data/columns';
import { badValueMessage, missingColumnErrors } from '../../../src/lib/data/loadMessages';

const mapping: ColumnMapping = {
  rep: 'rep',
  date: 'month',
  sales: 'sales',
  target: null,
  status: null,
  refund: null,
};

describe('messages for values the import cannot take', () => {
  it('says a date with a year outside 1950–2100 is out of range, not unreadable', () => {
    const bad = { row_no: 19, role: 'date', value: '9999-12' };

    expect(badValueMessage('d.csv', mapping, bad)).toBe(
      'd.csv: row 19, column "month": "9999-12" is in the year 9999, outside 1950–2100 ' +
        '(a placeholder date, or an Excel serial 0?); correct it, or skip the bad rows',
    );
  });

  it('says an unreadable date is unreadable, with the forms expected', () => {
    const message = badValueMessage('d.csv', mapping, { row_no: 3, role: 'date', value: 'soon' });

    expect(message).toMatch(/^d\.csv: row 3, column "month": cannot read "soon"; expected a date/);
  });

  it('lists at most eight headers of a very wide file, then the count', () => {
    const headers = Array.from({ length: 500 }, (_, i) => `h${i}`);
    const [message] = missingColumnErrors('w.csv', { ...mapping, rep: null }, headers);

    expect(message).toBe(
      'w.csv: no column for rep (headers: "h0", "h1", "h2", "h3", "h4", "h5", "h6", "h7", … ' +
        '(500 in all))',
    );
  });
});
