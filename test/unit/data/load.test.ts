import type { LoadOutcome } from '../../../src/lib/data/load';
import { noteText } from '$lib/data/dataNote';
import { say } from '$lib/data/importMessages';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/data/db';
import { loadCsvText } from '../../../src/lib/data/load';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { previewCsv } from '../../../src/lib/data/preview';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

interface SalesRow {
  rep: string;
  day: string;
  sales: number;
  target: number | null;
}

const readSales = () =>
  db.query<SalesRow>(
    "SELECT rep, strftime(period, '%Y-%m-%d') AS day, sales, target FROM sales ORDER BY rep, day",
  );

const orders = [
  '设备编号,下单时间,总金额（元）,出货状态,退款金额（元）',
  '"M-1",2018/4/2 9:05,3.5,出货成功,0',
  'M-1,2018/4/2 18:40,4,出货失败,0',
  'M-2,2018/4/3 10:00,"1,002.5",出货中,2.5',
  'M-2,2018/4/3 11:00,6,出货成功,',
  '',
].join('\r\n');

/** An outcome with its errors in English, as the CLI prints them. */
const inEnglish = (outcome: LoadOutcome) =>
  outcome.ok ? outcome : { ...outcome, errors: outcome.errors.map(noteText) };

describe('loadCsvText', () => {
  it('loadCsvText keeps net amounts of counted rows and leaves failures out', async () => {
    const outcome = await loadCsvText(db, 'orders.csv', orders);

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.summary.rows).toBe(3);
    expect(outcome.summary.excluded).toBe(1);
    expect(outcome.summary.statuses.find((s) => s.value === '出货失败')?.counted).toBe(false);
    expect(await readSales()).toEqual([
      { rep: 'M-1', day: '2018-04-02', sales: 3.5, target: null },
      { rep: 'M-2', day: '2018-04-03', sales: 1000, target: null },
      { rep: 'M-2', day: '2018-04-03', sales: 6, target: null },
    ]);
  });

  it('loadCsvText counts exactly the statuses the user lists', async () => {
    const outcome = await loadCsvText(db, 'orders.csv', orders, { countStatuses: ['出货成功'] });

    expect(outcome.ok && outcome.summary.rows).toBe(2);
    expect((await readSales()).map((r) => r.sales)).toEqual([3.5, 6]);
  });

  it('loadCsvText names file, row, column and value of every bad cell', async () => {
    const text = [
      'rep,month,sales,target',
      'A,2023-01,100,90',
      'A,2023-02,1.2.3,90',
      'B,23/2/1,50,',
      ',2023-03,10,oops',
    ].join('\n');
    const outcome = await loadCsvText(db, 'bad.csv', text);

    expect(inEnglish(outcome)).toEqual({
      ok: false,
      errors: [
        'bad.csv: row 3, column "sales": cannot read "1.2.3"; expected an amount such as ' +
          '1234.5, 1,234.50, ¥1,234 or (500)',
        'bad.csv: row 4, column "month": cannot read "23/2/1"; expected a date such as ' +
          '2024-01-31, 2024/1/31 22:55, 2024-01 or May 31 2011 12:00AM',
        'bad.csv: row 5, column "rep": empty rep',
        'bad.csv: row 5, column "target": cannot read "oops"; expected an amount or an empty cell',
        'bad.csv: fix the file, change the column mapping, or skip the bad rows',
      ],
    });
  });

  it('loadCsvText refuses inf, nan and 1_000 as amounts, though DuckDB casts them', async () => {
    const text = ['rep,month,sales', 'A,2023-01,inf', 'A,2023-02,NaN', 'A,2023-03,1_000'].join(
      '\n',
    );
    const outcome = await loadCsvText(db, 'odd.csv', text);

    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.slice(0, 3).map((e) => say(e).split(':')[1])).toEqual([
      ' row 2, column "sales"',
      ' row 3, column "sales"',
      ' row 4, column "sales"',
    ]);
  });

  it('loadCsvText reads signed, exponent and padded amounts as their values', async () => {
    const text = ['rep,month,sales', 'A,2023-01,+5', 'A,2023-02,1e3', 'A,2023-03," 7.5 "'].join(
      '\n',
    );
    const outcome = await loadCsvText(db, 'signed.csv', text);

    expect(outcome.ok).toBe(true);
    expect((await readSales()).map((r) => r.sales)).toEqual([5, 1000, 7.5]);
  });

  it('loadCsvText ignores bad values in rows that do not count as sales', async () => {
    const text = 'rep,date,amount,status\nA,2024-01-05,12,ok\nA,2024-01-06,n/a,failed\n';
    const outcome = await loadCsvText(db, 'x.csv', text);

    expect(outcome.ok && outcome.summary).toMatchObject({ rows: 1, excluded: 1 });
  });

  it('loadCsvText says which required column it could not find', async () => {
    const outcome = await loadCsvText(db, 'q.csv', 'BusinessEntityID,QuotaDate,SalesQuota\n');

    expect(inEnglish(outcome)).toEqual({
      ok: false,
      errors: [
        'q.csv: no column for sales (headers: "BusinessEntityID", "QuotaDate", "SalesQuota"); ' +
          'if "SalesQuota" holds the sales and not targets, map sales to it (--sales "SalesQuota")',
      ],
    });
  });

  it('loadCsvText names a column the mapping gives that the file does not have', async () => {
    const text = 'rep,month,sales\nA,2024-01,100\n';
    const outcome = await loadCsvText(db, 't.csv', text, { mapping: { rep: 'nope' } });

    expect(inEnglish(outcome)).toEqual({
      ok: false,
      errors: ['t.csv: no column "nope" to read the rep from (headers: "rep", "month", "sales")'],
    });
    const target = await loadCsvText(db, 't.csv', text, { mapping: { target: 'goal' } });
    expect(!target.ok && target.errors.map(noteText)).toEqual([
      't.csv: no column "goal" to read the target from (headers: "rep", "month", "sales")',
    ]);
  });

  it('loadCsvText says how many rows the file has when the header row is past its end', async () => {
    const text = 'rep,month,sales\nA,2024-01,100\n';
    const outcome = await loadCsvText(db, 't.csv', text, { headerRow: 98 });

    expect(inEnglish(outcome)).toEqual({
      ok: false,
      errors: ['t.csv: no row 99 to read the headers from; it has 2 rows'],
    });
  });

  it('loadCsvText returns a malformed row as a message instead of throwing', async () => {
    const outcome = await loadCsvText(db, 'wide.csv', 'rep,date,sales\nA,2024-01-01,1\nB,x,1,2\n');

    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(noteText(outcome.errors[0])).toBe(
      'wide.csv: row 3 has 4 fields where the header has 3 ("B,x,1,2"); quote a value that ' +
        'holds the delimiter, such as "1,250", or write it without one',
    );
  });

  it('loadCsvText reads semicolon files and follows a mapping override', async () => {
    const text = 'Name;Plan;Actual;Day\nAnn;100;120;2024-02-01\nBo;80;;2024-02-01\n';
    const outcome = await loadCsvText(db, 's.csv', text, {
      mapping: { rep: 'Name', date: 'Day', sales: 'Plan', target: null },
    });

    expect(outcome.ok).toBe(true);
    expect((await readSales()).map((r) => [r.rep, r.sales, r.target])).toEqual([
      ['Ann', 100, null],
      ['Bo', 80, null],
    ]);
  });

  it('the connection refuses to fetch extensions on its own', async () => {
    const [row] = await db.query<{ install: boolean; load: boolean }>(
      "SELECT current_setting('autoinstall_known_extensions') AS install, " +
        "current_setting('autoload_known_extensions') AS load",
    );
    expect(row).toEqual({ install: false, load: false });
  });
});

describe('previewCsv', () => {
  it('previewCsv shows encoding, first rows, proposed mapping and every status in the file', () => {
    const lines = [
      'rep,date,sales,status',
      ...Array.from({ length: 30 }, () => 'A,2024-01-01,1,ok'),
    ];
    lines.push('B,2024-01-02,2,Cancelled');
    const preview = previewCsv(new TextEncoder().encode(lines.join('\n')), 'p.csv', { rows: 5 });

    expect(preview.encoding).toBe('utf-8');
    expect(preview.rows).toHaveLength(5);
    expect(preview.mapping.status).toBe('status');
    expect(preview.statuses).toEqual([
      { value: 'ok', count: 30, counted: true },
      { value: 'Cancelled', count: 1, counted: false },
    ]);
  });
});
