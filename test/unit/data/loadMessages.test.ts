import { inEnglish } from './inEnglish';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../src/lib/data/columns';
import {
  badValueMessage,
  csvErrorMessage,
  missingColumnErrors,
} from '../../../src/lib/data/loadMessages';

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

    expect(inEnglish(badValueMessage('d.csv', mapping, bad))).toBe(
      'd.csv: row 19, column "month": "9999-12" is in the year 9999, outside 1950–2100 ' +
        '(a placeholder date, or an Excel serial 0?); correct it, or skip the bad rows',
    );
  });

  it('says an unreadable date is unreadable, with the forms expected', () => {
    const message = badValueMessage('d.csv', mapping, { row_no: 3, role: 'date', value: 'soon' });

    expect(inEnglish(message)).toMatch(
      /^d\.csv: row 3, column "month": cannot read "soon"; expected a date/,
    );
  });

  it('lists at most eight headers of a very wide file, then the count', () => {
    const headers = Array.from({ length: 500 }, (_, i) => `h${i}`);
    const found = { ...mapping, rep: null, date: 'h1', sales: 'h2' };
    const [message] = missingColumnErrors('w.csv', found, headers);

    expect(inEnglish(message)).toBe(
      'w.csv: no column for rep (headers: "h0", "h1", "h2", "h3", "h4", "h5", "h6", "h7", … ' +
        '(500 in all))',
    );
  });

  it('turns DuckDB’s extra-field error into the row of the file, the counts and the fix', () => {
    const duckdb =
      'Invalid Input Error: CSV Error on Line: 6\nOriginal Line: Ann,2024-05,1,250,1000\n' +
      'Expected Number of Columns: 4 Found: 5\nPossible fixes:\n* Disable strict mode';

    // Two title lines sat above the header, so DuckDB's line 6 is the file's row 8.
    expect(inEnglish(csvErrorMessage('u.csv', duckdb, 2, ','))).toBe(
      'u.csv: row 8 has 5 fields where the header has 4 ("Ann,2024-05,1,250,1000"); quote a ' +
        'value that holds the delimiter, such as "1,250", or write it without one',
    );
  });

  it('counts the fields of a row itself: DuckDB stops one past the header', () => {
    const duckdb =
      'Invalid Input Error: CSV Error on Line: 9\nOriginal Line: Ann,2024-08,1067,1000,x,y,z,w\n' +
      'Expected Number of Columns: 4 Found: 5\nPossible fixes:\n* Disable strict mode';
    expect(inEnglish(csvErrorMessage('r.csv', duckdb, 0, ','))).toMatch(
      /^r\.csv: row 9 has 8 fields where/,
    );
    const quoted = duckdb.replace('Ann,2024-08,1067,1000,x,y,z,w', 'Ann;"1;2";3;4;5;6');
    expect(inEnglish(csvErrorMessage('r.csv', quoted, 0, ';'))).toMatch(/row 9 has 6 fields where/);
  });

  it('keeps the first two lines of any other reader error', () => {
    expect(
      inEnglish(csvErrorMessage('u.csv', 'Invalid Input Error: odd\nsecond\n  file = x', 0, ',')),
    ).toBe('u.csv: cannot read as CSV: Invalid Input Error: odd second');
  });
});
