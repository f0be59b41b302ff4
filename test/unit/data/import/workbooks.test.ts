import { inEnglish } from '../inEnglish';
import { noteText } from '$lib/data/dataNote';
import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/data/db';
import { importFile } from '../../../../src/lib/data/importFile';
import { openNodeDb } from '../../../../src/lib/data/nodeDb';
import { readSales } from './fixtures';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

type Cell = string | number | null;

/** A workbook fixture built in memory; `dates` marks cells to write as Excel dates. */
function workbook(
  sheets: Record<string, Cell[][]>,
  options: { type: 'xlsx' | 'biff8'; date1904?: boolean; dateCells?: string[] } = { type: 'xlsx' },
): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = XLSX.utils.aoa_to_sheet(rows);
    for (const ref of options.dateCells ?? []) {
      if (sheet[ref]) sheet[ref].z = 'mmm-yy';
    }
    XLSX.utils.book_append_sheet(book, sheet, name);
  }
  if (options.date1904) book.Workbook = { WBProps: { date1904: true } };
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: options.type }));
}

describe('importFile on workbooks', () => {
  it('importFile unpivots a wide sheet with serial month headers and joins its target sheet', async () => {
    // 45292 and 45323 are 2024-01-01 and 2024-02-01 in the 1900 system; 45352 is 2024-03-01.
    const header = ['Sales Person', 45292, 45323, 45352];
    const bytes = workbook(
      {
        Actual: [header, ['Ann', 100.5, 200, null], ['Bo', 50, '(5)', 70]],
        Targets: [header, ['Bo', 40, 10, 80], ['Ann', 90, 210, 300]],
      },
      { type: 'xlsx', dateCells: ['B1', 'C1', 'D1'] },
    );
    const outcome = await importFile(db, 'wide.xlsx', bytes);

    expect(outcome.ok && outcome.summary.sheets).toEqual(['Actual', 'Targets']);
    expect(await readSales(db)).toEqual([
      { rep: 'Ann', day: '2024-01-01', sales: 100.5, target: 90 },
      { rep: 'Ann', day: '2024-02-01', sales: 200, target: 210 },
      { rep: 'Bo', day: '2024-01-01', sales: 50, target: 40 },
      { rep: 'Bo', day: '2024-02-01', sales: -5, target: 10 },
      { rep: 'Bo', day: '2024-03-01', sales: 70, target: 80 },
    ]);
  });

  it('importFile names the month header a wide sheet shows, not the unpivoted column', async () => {
    const bytes = workbook({
      Actual: [
        ['Rep', '2024年1月', '2024年2月', '2024年3月'],
        ['Ann', 100, 110, -7],
        ['Bo', 50, 'n/a', 70],
      ],
    });
    const outcome = await importFile(db, 'wide.xlsx', bytes);

    expect(inEnglish(outcome)).toEqual({
      ok: false,
      errors: [
        'wide.xlsx, sheet "Actual": row 3, column "2024年2月": cannot read "n/a"; expected an ' +
          'amount such as 1234.5, 1,234.50, ¥1,234 or (500)',
        'wide.xlsx, sheet "Actual": row 2, column "2024年3月": -7 is negative; it is kept as a ' +
          'return and lowers the net sales of its period',
        'wide.xlsx, sheet "Actual": fix the file, change the column mapping, or skip the bad rows',
      ],
    });
  });

  it('importFile says how many rows the sheet has when the header row is past its end', async () => {
    const bytes = workbook({
      Sales: [
        ['rep', 'month', 'sales'],
        ['A', '2024-01', 1],
      ],
    });
    const outcome = await importFile(db, 'book.xlsx', bytes, { headerRow: 200 });

    expect(inEnglish(outcome)).toEqual({
      ok: false,
      errors: ['book.xlsx, sheet "Sales": no row 200 to read the headers from; it has 2 rows'],
    });
  });

  it('importFile reads a chosen sheet of a legacy .xls under its title rows', async () => {
    const bytes = workbook(
      {
        Notes: [['nothing here']],
        '2024': [
          ['Sales by rep'],
          [],
          ['业务员', '日期', '金额'],
          ['007', '2024/1/5', 1000],
          ['张三', '2024/1/6', 'n/a'],
        ],
      },
      { type: 'biff8' },
    );
    const outcome = await importFile(db, 'old.xls', bytes, { sheet: '2024' });

    expect(inEnglish(outcome)).toEqual({
      ok: false,
      errors: [
        'old.xls, sheet "2024": row 5, column "金额": cannot read "n/a"; expected an amount ' +
          'such as 1234.5, 1,234.50, ¥1,234 or (500)',
        'old.xls, sheet "2024": fix the file, change the column mapping, or skip the bad rows',
      ],
    });
    const missing = await importFile(db, 'old.xls', bytes, { sheet: 'Nope' });
    expect(inEnglish(missing)).toEqual({
      ok: false,
      errors: ['old.xls: no sheet "Nope" (sheets: "2024", "Notes")'],
    });
  });

  it('importFile reads date cells in the workbook’s 1904 system', async () => {
    // Serial 40179 in the 1904 system: 40179 days after 1904-01-01.
    const bytes = workbook(
      {
        S: [
          ['rep', 'date', 'sales'],
          ['A', 40179, 1],
        ],
      },
      { type: 'xlsx', date1904: true, dateCells: ['B2'] },
    );
    const outcome = await importFile(db, 'mac.xlsx', bytes);

    const day = new Date(Date.UTC(1904, 0, 1) + 40179 * 86_400_000).toISOString().slice(0, 10);
    expect(outcome.ok).toBe(true);
    expect((await readSales(db))[0].day).toBe(day);
  });

  it('importFile joins a region → manager sheet and leaves out orders on the returns sheet', async () => {
    const bytes = workbook({
      Orders: [
        ['Order ID', 'Order Date', 'Customer Name', 'Region', 'Sales'],
        ['O-1', '2024-01-03', 'X', 'West', 10],
        ['O-2', '2024-01-04', 'Y', 'East', 20],
        ['O-3', '2024-01-05', 'Z', 'West', 30],
      ],
      Returns: [
        ['Returned', 'Order ID'],
        ['Yes', 'O-3'],
      ],
      People: [
        ['Person', 'Region'],
        ['Anna', 'West'],
        ['Chuck', 'East'],
      ],
    });
    const outcome = await importFile(db, 'store.xlsx', bytes);

    expect(outcome.ok && outcome.summary.mapping.rep).toBe('Person');
    expect(outcome.ok && outcome.summary.excluded).toBe(1);
    expect((await readSales(db)).map((r) => [r.rep, r.sales])).toEqual([
      ['Anna', 10],
      ['Chuck', 20],
    ]);
  });

  it('importFile words the returns sheet as the status choice left it', async () => {
    const bytes = workbook({
      Orders: [
        ['Order ID', 'Order Date', 'Region', 'Sales'],
        ['O-1', '2024-01-03', 'West', 10],
        ['O-2', '2024-02-04', 'West', 20],
        ['O-3', '2024-03-05', 'West', 30],
      ],
      Returns: [
        ['Returned', 'Order ID'],
        ['Yes', 'O-3'],
      ],
      People: [
        ['Person', 'Region'],
        ['Anna', 'West'],
      ],
    });
    const left = await importFile(db, 'store.xlsx', bytes);
    const counted = await importFile(db, 'store.xlsx', bytes, { countStatuses: ['', 'returned'] });

    expect(left.ok && left.summary.warnings.map(noteText)).toContain(
      'Rows whose "Order ID" is listed on sheet "Returns" are returns and do not count as sales.',
    );
    expect(counted.ok && counted.summary.excluded).toBe(0);
    expect(counted.ok && counted.summary.warnings.map(noteText)).toContain(
      'Rows whose "Order ID" is listed on sheet "Returns" are returns; they count as sales, as ' +
        'chosen under the status values.',
    );
    expect(counted.ok && counted.summary.warnings.map(noteText).join(' ')).not.toMatch(
      /do not count/,
    );
  });

  it('importFile joins no rep from a same-layout sheet, nor from one giving a key two reps', async () => {
    const month = (rows: Cell[][]) => [['工号', '姓名', '日期', '交易额'], ...rows];
    const sameLayout = workbook({
      March: month([
        ['A1', '王芳', '2024-03-01', 10],
        ['A2', '李强', '2024-03-02', 20],
      ]),
      April: month([['A1', '赵敏', '2024-04-01', 30]]),
    });
    const kept = await importFile(db, 'turnover.xlsx', sameLayout);
    if (!kept.ok) throw new Error(kept.errors.map(noteText).join('; '));
    expect(kept.summary.warnings.map(noteText).join(' ')).not.toMatch(/comes from sheet/);
    expect((await readSales(db)).map((r) => r.rep).sort()).toEqual(['李强', '王芳']);

    const ambiguous = workbook({
      Orders: [
        ['Region', 'Order Date', 'Sales'],
        ['West', '2024-01-03', 10],
      ],
      People: [
        ['Person', 'Region'],
        ['Anna', 'West'],
        ['Bo', 'West'],
      ],
    });
    const outcome = await importFile(db, 'orders.xlsx', ambiguous);
    expect(outcome.ok && outcome.summary.mapping.rep).not.toBe('Person');
  });

  it('importFile says which file cannot be read as a workbook', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const outcome = await importFile(db, 'broken.xlsx', bytes);

    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && noteText(outcome.errors[0])).toMatch(
      /^broken\.xlsx: cannot read as an Excel workbook/,
    );
  });
});
