import * as XLSX from '@e965/xlsx';
import { noteText } from '$lib/data/dataNote';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAssignmentFile } from '../../../../src/lib/data/assignments/assignmentFile';
import { joinAssignments } from '../../../../src/lib/data/assignments/joinAssignments';
import { cleanedTable } from '../../../../src/lib/data/cleanedTable';
import type { Db } from '../../../../src/lib/data/db';
import { importFile, type ImportOptions } from '../../../../src/lib/data/importFile';
import { openNodeDb } from '../../../../src/lib/data/nodeDb';
import { periodTotalsSql } from '../../../../src/lib/data/sql/periodTotalsSql';
import { inEnglish } from '../inEnglish';

const projectRoot = fileURLToPath(new URL('../../../..', import.meta.url));
const folder = path.resolve(projectRoot, '../shared/data');
const present = existsSync(folder);

if (!present) {
  process.stderr.write(`SKIPPED real-file import tests: ${folder} is absent (a clone elsewhere)\n`);
}

let db: Db;
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(folder, name)));
const load = (name: string, options: ImportOptions = {}) =>
  importFile(db, name, bytesOf(name), options);
const sheetRows = (name: string, sheet: string) =>
  XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(bytesOf(name)).Sheets[sheet], { header: 1 });
const csvRows = (name: string) =>
  new TextDecoder()
    .decode(bytesOf(name))
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));
const close = (a: number, b: number) =>
  expect(Math.abs(a - b)).toBeLessThan(1e-6 * Math.abs(b) + 1e-6);

interface Totals {
  sales: number;
  target: number | null;
  rows: number;
  reps: number;
  hits: number;
}
const totals = async () =>
  (
    await db.query<Totals>(
      'SELECT sum(sales) AS sales, sum(target) AS target, count(*) AS rows, ' +
        'count(DISTINCT rep) AS reps, count(*) FILTER (WHERE sales >= target) AS hits FROM sales',
    )
  )[0];

beforeAll(async () => {
  db = await openNodeDb();
});

// Each expected figure is computed here from the raw file with SheetJS or plain splitting, not
// through the importer; the README's own totals are checked too where it gives them.
describe.skipIf(!present)('importFile on the real files in ../shared/data', () => {
  it('actual_vs_target.xlsx gives the README totals and 164 of 350 rep-months on target', async () => {
    const sum = (sheet: string) =>
      sheetRows('actual_vs_target.xlsx', sheet)
        .slice(1)
        .flatMap((row) => row.slice(1))
        .reduce<number>((a, v) => a + Number(v), 0);

    const outcome = await load('actual_vs_target.xlsx');
    expect(outcome.ok).toBe(true);
    const t = await totals();
    close(t.sales, sum('Actual'));
    close(t.target!, sum('Targets'));
    close(t.sales, 18_949_239);
    expect(t.target).toBe(19_316_100);
    expect([t.hits, t.rows, t.reps]).toEqual([164, 350, 25]);
  });

  it('superstore_sample.xls nets out returned orders and gives each regional manager a total', async () => {
    const orders = sheetRows('superstore_sample.xls', 'Orders');
    const returned = new Set(
      sheetRows('superstore_sample.xls', 'Returns')
        .slice(1)
        .map((r) => r[1]),
    );
    const manager = new Map(
      sheetRows('superstore_sample.xls', 'People')
        .slice(1)
        .map((r) => [r[1], r[0]]),
    );
    const col = (name: string) => orders[0].indexOf(name);
    const expected = new Map<unknown, number>();
    let kept = 0;
    for (const row of orders.slice(1)) {
      if (returned.has(row[col('Order ID')])) continue;
      const person = manager.get(row[col('Region')]);
      expected.set(person, (expected.get(person) ?? 0) + Number(row[col('Sales')]));
      kept++;
    }

    const outcome = await load('superstore_sample.xls');
    expect(outcome.ok && outcome.summary.rows).toBe(kept);
    const perRep = await db.query<{ rep: string; sales: number }>(
      'SELECT rep, sum(sales) AS sales FROM sales GROUP BY rep ORDER BY rep',
    );
    expect(perRep.map((r) => r.rep)).toEqual([...expected.keys()].map(String).sort());
    for (const r of perRep) close(r.sales, expected.get(r.rep)!);

    // The export writes the amounts the sheet shows, not the doubles' 17-digit noise.
    const exported = (await cleanedTable(db)).rows.map((r) => String(r[2]));
    expect(exported).toContain('333.999');
    expect(exported).toContain('1325.85');
    expect(
      exported.filter((v) => v.replace(/^-|[.]|e.*$/g, '').replace(/^0+/, '').length > 15),
    ).toEqual([]);
  });

  it('cn_supermarket_turnover2.xlsx skips its three empty amounts and reports the duplicate', async () => {
    const rows = sheetRows('cn_supermarket_turnover2.xlsx', 'Sheet1').slice(1);
    const amounts = rows.map((r) => r[4]).filter((v) => typeof v === 'number') as number[];
    expect(rows.length - amounts.length).toBe(3);

    expect((await load('cn_supermarket_turnover2.xlsx')).ok).toBe(false);
    const outcome = await load('cn_supermarket_turnover2.xlsx', { skipBadRows: true });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.summary.skippedCount).toBe(3);
    expect(
      outcome.summary.warnings.map(noteText).filter((w) => w.includes('exact duplicates')),
    ).toHaveLength(1);
    const t = await totals();
    close(
      t.sales,
      amounts.reduce((a, v) => a + v, 0),
    );
    expect(t.rows).toBe(amounts.length);

    const april = await load('cn_supermarket_turnover2.xlsx', { sheet: 'Sheet2' });
    expect(april.ok && april.summary.rows).toBe(
      sheetRows('cn_supermarket_turnover2.xlsx', 'Sheet2').length - 1,
    );
  });

  it('aw_SalesPersonQuotaHistory.csv maps irregular quota dates to one quarter each', async () => {
    const rows = csvRows('aw_SalesPersonQuotaHistory.csv').slice(1);
    const failed = await load('aw_SalesPersonQuotaHistory.csv');
    expect(!failed.ok && noteText(failed.errors[0])).toMatch(
      /no column for sales .*--sales "SalesQuota"/,
    );

    const outcome = await load('aw_SalesPersonQuotaHistory.csv', {
      mapping: { sales: 'SalesQuota' },
    });
    expect(outcome.ok).toBe(true);
    const t = await totals();
    close(
      t.sales,
      rows.reduce((a, r) => a + Number(r[2]), 0),
    );
    expect([t.rows, t.reps]).toEqual([rows.length, new Set(rows.map((r) => r[0])).size]);

    const quarters = await db.query<{ period: string; rows: number; reps: number }>(
      periodTotalsSql({ unit: 'quarter', fiscalStart: 1 }),
    );
    expect(quarters.every((q) => q.rows === q.reps)).toBe(true);
    expect(quarters.reduce((a, q) => a + q.rows, 0)).toBe(rows.length);
  });

  it('aw_SalesPerson.csv is refused as a snapshot of reps dated by ModifiedDate', async () => {
    const reps = csvRows('aw_SalesPerson.csv').slice(1).length;
    expect(inEnglish(await load('aw_SalesPerson.csv'))).toEqual({
      ok: false,
      errors: [
        `aw_SalesPerson.csv: each of its ${reps} reps has a single row, dated by "ModifiedDate" ` +
          '(when the record was last changed): a snapshot of the reps, not a sales history; ' +
          'import a file with a date per sale or per period, such as a sales or quota history',
      ],
    });
  });

  it('aw_SalesTerritoryHistory.csv alone is named an assignment file, not sales', async () => {
    const outcome = await load('aw_SalesTerritoryHistory.csv');

    expect(inEnglish(outcome)).toEqual({
      ok: false,
      errors: [
        'aw_SalesTerritoryHistory.csv: a file of rep assignments, not sales: column ' +
          '"TerritoryID" says which group each rep was in, from "StartDate" to "EndDate"; import ' +
          'a sales or quota history first, then add this file to total each period by group',
      ],
    });
  });

  // The territory of each rep-quarter is worked out here from the raw text: quarter bounds by
  // Date.UTC, days held by each span, the most days winning (ties to the later start). No quota
  // date lies within 3 days of a quarter's end, so the importer's month snapping keeps quarters.
  it('aw_SalesPersonQuotaHistory.csv joined with the territory history totals each one', async () => {
    await load('aw_SalesPersonQuotaHistory.csv', { mapping: { sales: 'SalesQuota' } });
    const file = await readAssignmentFile(
      'aw_SalesTerritoryHistory.csv',
      bytesOf('aw_SalesTerritoryHistory.csv'),
    );
    if (file.ok !== true) throw new Error('the territory history did not read');
    const outcome = await joinAssignments(db, file.assignments, {
      unit: 'quarter',
      fiscalStart: 1,
    });
    if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('; '));

    const day = (text: string) => Date.parse(`${text.replace(/\s+12:00AM$/, '')} UTC`) / 864e5;
    const spans = csvRows('aw_SalesTerritoryHistory.csv')
      .slice(1)
      .map((r) => ({ rep: r[0], group: r[1], start: day(r[2]), end: r[3] ? day(r[3]) : Infinity }));
    const expected = new Map<string, number>();
    for (const [rep, date, quota] of csvRows('aw_SalesPersonQuotaHistory.csv').slice(1)) {
      const d = new Date(day(date) * 864e5);
      const q = Math.floor(d.getUTCMonth() / 3);
      const from = Date.UTC(d.getUTCFullYear(), q * 3, 1) / 864e5;
      const to = Date.UTC(d.getUTCFullYear(), q * 3 + 3, 1) / 864e5 - 1;
      let best = { group: 'none', days: 0, start: -Infinity };
      for (const s of spans.filter((s) => s.rep === rep)) {
        const days = Math.min(to, s.end) - Math.max(from, s.start) + 1;
        if (days > best.days || (days === best.days && days > 0 && s.start > best.start)) {
          best = { group: s.group, days, start: s.start };
        }
      }
      const key = `${d.getUTCFullYear()}-Q${q + 1} ${best.group}`;
      expected.set(key, (expected.get(key) ?? 0) + Number(quota));
    }

    const got = new Map(
      outcome.join.totals.map((t) => [`${t.period} ${t.group ?? 'none'}`, t.sales]),
    );
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, sum] of expected) close(got.get(key)!, sum);
    expect(outcome.join.overview).toMatchObject({ moves: 3, open: 13 });
    expect(outcome.join.overview.groups).toHaveLength(10);
  });
});
