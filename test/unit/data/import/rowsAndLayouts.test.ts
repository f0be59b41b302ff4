import { inEnglish } from '../inEnglish';
import { noteText } from '$lib/data/dataNote';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/data/db';
import { openNodeDb } from '../../../../src/lib/data/nodeDb';
import { importFixture, readSales } from './fixtures';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

describe('importFile on rows and layouts', () => {
  it('importFile keeps leading zeros, tells 0 from 7, drops a 合计 row and reports a duplicate', async () => {
    const outcome = await importFixture(db, 'ids_totals_duplicates.csv');

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.summary.warnings.map(noteText)).toEqual([
      'ids_totals_duplicates.csv: row 6 ("合计") is a total; left out.',
      'ids_totals_duplicates.csv: rows 4, 5 are exact duplicates; all are kept.',
    ]);
    expect(outcome.summary.skipped).toMatchObject([
      { row: 6, column: '工号', value: '合计', reason: 'total row' },
    ]);
    expect(await readSales(db)).toEqual([
      { rep: '007', day: '2024-01-01', sales: 100, target: null },
      { rep: '0070', day: '2024-01-01', sales: 0, target: null },
      { rep: '007', day: '2024-01-02', sales: 50, target: null },
      { rep: '007', day: '2024-01-02', sales: 50, target: null },
    ]);
  });

  it('importFile drops a last unnamed row equal to the sum above it', async () => {
    const outcome = await importFixture(db, 'trailing_sum.csv');

    expect(outcome.ok && outcome.summary.skippedCount).toBe(1);
    expect((await readSales(db)).map((r) => r.sales)).toEqual([100, 50]);
  });

  it('importFile fails on an empty amount, keeps a zero, and skips the row when asked', async () => {
    expect(inEnglish(await importFixture(db, 'empty_sales.csv'))).toEqual({
      ok: false,
      errors: [
        'empty_sales.csv: row 3, column "sales": empty sales',
        'empty_sales.csv: fix the file, change the column mapping, or skip the bad rows',
      ],
    });

    const skipped = await importFixture(db, 'empty_sales.csv', { skipBadRows: true });
    expect(skipped.ok && skipped.summary.skipped).toMatchObject([
      { row: 3, column: 'sales', value: '', reason: 'empty sales' },
    ]);
    expect((await readSales(db)).map((r) => [r.rep, r.sales])).toEqual([
      ['A', 100],
      ['C', 0],
    ]);
  });

  it('importFile leaves the previous table untouched when an import fails', async () => {
    await importFixture(db, 'trailing_sum.csv');
    const before = await readSales(db);

    expect((await importFixture(db, 'dates_ambiguous.csv')).ok).toBe(false);
    expect((await importFixture(db, 'empty_sales.csv')).ok).toBe(false);
    expect(await readSales(db)).toEqual(before);
  });

  it('importFile finds a tab-separated header below title rows and numbers rows as the file', async () => {
    const outcome = await importFixture(db, 'title_rows.tsv', { mapping: { sales: 'sales' } });

    // Row 6's amount is two lines of text: reported at the row where it starts, on one line.
    expect(inEnglish(outcome)).toEqual({
      ok: false,
      errors: [
        'title_rows.tsv: row 6, column "sales": cannot read "line one\\u000aline two"; expected ' +
          'an amount such as 1234.5, 1,234.50, ¥1,234 or (500) (control characters are shown ' +
          'as \\u0000)',
        'title_rows.tsv: fix the file, change the column mapping, or skip the bad rows',
      ],
    });
    const skipped = await importFixture(db, 'title_rows.tsv', { skipBadRows: true });
    expect(skipped.ok).toBe(true);
    expect(await readSales(db)).toEqual([
      { rep: 'A', day: '2024-01-01', sales: 1000, target: null },
    ]);
  });

  it('importFile keeps delimiters, quotes and line breaks inside quoted fields', async () => {
    const outcome = await importFixture(db, 'quoted_newlines.csv');

    expect(outcome.ok).toBe(true);
    expect((await readSales(db)).map((r) => [r.rep, r.sales])).toEqual([
      ['Smith; J.', 10],
      ['O"Neil', 20],
    ]);
  });

  it('importFile reads UTF-16 with a byte-order mark', async () => {
    const outcome = await importFixture(db, 'utf16.tsv');

    expect(outcome.ok && outcome.summary.encoding).toBe('utf-16le');
    expect(await readSales(db)).toEqual([{ rep: 'A', day: '2024-01-01', sales: 5, target: null }]);
  });

  it('importFile counts delivered and pending rows and shows every status with its choice', async () => {
    const outcome = await importFixture(db, 'statuses.csv');

    expect(outcome.ok && outcome.summary.statuses).toEqual([
      { value: 'cancelled', count: 1, counted: false },
      { value: 'delivered', count: 1, counted: true },
      { value: 'pending', count: 1, counted: true },
      { value: 'returned', count: 1, counted: false },
    ]);
    expect((await readSales(db)).map((r) => r.sales)).toEqual([10, 40]);

    await importFixture(db, 'statuses.csv', { countStatuses: ['delivered', 'returned'] });
    expect((await readSales(db)).map((r) => r.sales)).toEqual([10, 30]);
  });
});
