import { noteText } from '$lib/data/dataNote';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { calibrate } from '../../../src/lib/data/calibrate';
import type { Db } from '../../../src/lib/data/db';
import { detectedUnit } from '../../../src/lib/data/grain';
import { importFile } from '../../../src/lib/data/importFile';
import { openNodeDb } from '../../../src/lib/data/nodeDb';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixture = (name: string) => path.resolve(root, 'test/fixtures/import', name);
const shared = path.resolve(root, '../shared/data', 'aw_SalesPersonQuotaHistory.csv');
const present = existsSync(shared);
if (!present) process.stderr.write(`SKIPPED quota history grain test: ${shared} is absent\n`);

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

/**
 * The quarter a quota date stands for, worked out here without the importer: a date within a
 * few days of a month's end stands for the next month (May 31 → June), then the calendar quarter.
 */
function quarterOf(text: string): string {
  const [month, day, year] = text.trim().split(/\s+/);
  const date = new Date(Date.UTC(Number(year), MONTHS.indexOf(month), Number(day) + 4));
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** Sum of `column` per rep and quarter of `dateColumn`, read with a plain split (no quotes). */
function quarterTotals(file: string, repColumn: string, dateColumn: string, column: string) {
  const [header, ...lines] = readFileSync(file, 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));
  const [rep, date, amount] = [repColumn, dateColumn, column].map((c) => header.indexOf(c));
  const totals = new Map<string, Map<string, number>>();
  for (const line of lines) {
    const own = totals.get(line[rep]) ?? new Map<string, number>();
    const quarter = quarterOf(line[date]);
    own.set(quarter, (own.get(quarter) ?? 0) + Number(line[amount]));
    totals.set(line[rep], own);
  }
  return totals;
}

async function load(file: string, sales: string) {
  const outcome = await importFile(db, path.basename(file), readFileSync(file), {
    mapping: { sales, target: null },
  });
  if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));
  return calibrate(db);
}

/** Each rep's calibrated history as quarter → sales, periods without a row left out. */
function historyTotals(result: Awaited<ReturnType<typeof calibrate>>) {
  return new Map(
    result.histories.map((h) => [
      h.id,
      new Map(h.points.filter((p) => p.sales !== 0).map((p) => [p.period, p.sales])),
    ]),
  );
}

describe('the grain of a quarterly file', () => {
  it('a quota per rep per quarter on irregular days is calibrated by calendar quarter', async () => {
    const file = fixture('grain-quarterly.csv');
    const result = await load(file, 'quota');

    expect(result.report.grain).toBe('quarter');
    expect(await detectedUnit(db)).toBe('quarter');
    // May 31 2011 to Aug 30 2012: 2011-Q2 to 2012-Q3, six quarters, none empty.
    expect(result.report.firstPeriod).toBe('2011-Q2');
    expect(result.report.lastPeriod).toBe('2012-Q3');
    expect(result.report.periods).toBe(6);
    expect(result.report.horizon).toEqual(['2012-Q4', '2013-Q1', '2013-Q2', '2013-Q3']);
    expect(historyTotals(result)).toEqual(quarterTotals(file, 'rep', 'QuotaDate', 'quota'));
  });

  it('a monthly file with empty months stays monthly', async () => {
    const result = await load(fixture('grain-monthly-gaps.csv'), 'sales');

    expect(result.report.grain).toBe('month');
    expect(await detectedUnit(db)).toBe('month');
    expect(result.report.firstPeriod).toBe('2023-01');
    expect(result.report.lastPeriod).toBe('2023-12');
  });

  it('a yearly file (one quarter in four) is not taken for a quarterly one', async () => {
    const result = await load(fixture('grain-yearly.csv'), 'sales');

    expect(result.report.grain).toBe('month');
    expect(await detectedUnit(db)).toBe('month');
  });
});

describe.skipIf(!present)('the grain of aw_SalesPersonQuotaHistory.csv', () => {
  it('the AdventureWorks quota history gives 17 reps and 12 quarters with their totals', async () => {
    const result = await load(shared, 'SalesQuota');
    const expected = quarterTotals(shared, 'BusinessEntityID', 'QuotaDate', 'SalesQuota');

    expect(result.report.grain).toBe('quarter');
    expect(expected.size).toBe(17);
    expect(result.histories.map((h) => h.id).sort()).toEqual([...expected.keys()].sort());
    expect(result.report.firstPeriod).toBe('2011-Q2');
    expect(result.report.lastPeriod).toBe('2014-Q1');
    expect(result.report.periods).toBe(12);
    expect(historyTotals(result)).toEqual(expected);

    // All reps together, per quarter: 95,714,000 over the twelve quarters (the tester's figure).
    const all = [...expected.values()].flatMap((own) => [...own.values()]);
    expect(all.reduce((sum, v) => sum + v, 0)).toBe(95_714_000);
  });
});
