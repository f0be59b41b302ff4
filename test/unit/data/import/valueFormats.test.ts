import { inEnglish } from '../inEnglish';
import { beforeAll, describe, expect, it } from 'vitest';
import { noteText } from '$lib/data/dataNote';
import type { Db } from '../../../../src/lib/data/db';
import { importFile } from '../../../../src/lib/data/importFile';
import { openNodeDb } from '../../../../src/lib/data/nodeDb';
import { expectedColumn, importFixture, readSales } from './fixtures';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

// Each fixture row carries its right value in a column "expected" that the importer ignores.
describe('importFile on number and date formats', () => {
  it('importFile reads separators, currencies, accounting negatives, full-width and 万/亿', async () => {
    const outcome = await importFixture(db, 'amounts.csv');

    expect(outcome.ok).toBe(true);
    const expected = expectedColumn('amounts.csv').map(Number);
    expect((await readSales(db)).map((r) => r.sales)).toEqual(expected);
  });

  it('importFile scales a column by the unit in its header (万元) and says so', async () => {
    for (const name of ['units_in_header.csv', 'units_in_header_gbk.csv']) {
      const outcome = await importFixture(db, name);

      expect(outcome.ok && outcome.summary.warnings.map(noteText)).toContain(
        '"销售额（万元）" is in units of 10000; scaled.',
      );
      expect(outcome.ok && outcome.summary.encoding).toBe(
        name.includes('gbk') ? 'gb18030' : 'utf-8',
      );
      expect(await readSales(db)).toEqual([
        { rep: '张三', day: '2024-01-01', sales: 15000, target: 20000 },
        { rep: '李四', day: '2024-01-01', sales: 2500, target: null },
      ]);
    }
  });

  it('importFile quotes a return in a 万元 column as its cell holds it, not as scaled', async () => {
    const text =
      '销售代表,月份,销售额(万元)\n王芳,2023-04,14.72\n王芳,2023-05,-3.5\n王芳,2023-06,-0.50\n';
    const outcome = await importFile(db, 'returns.csv', new TextEncoder().encode(text));

    const negatives = outcome.ok
      ? outcome.summary.warnings.map(noteText).filter((w) => w.includes('negative'))
      : [];
    expect(negatives.map((w) => /: (\S+) is negative/.exec(w)?.[1])).toEqual(['-3.5', '-0.50']);
    expect((await readSales(db)).map((r) => r.sales)).toEqual([147_200, -35_000, -5_000]);
  });

  it('importFile reads every date layout of one column, month-first decided by 2/24/2003', async () => {
    const outcome = await importFixture(db, 'dates_mixed.csv');

    expect(outcome.ok && outcome.summary.dateOrder).toBe('mdy');
    expect((await readSales(db)).map((r) => r.day)).toEqual(expectedColumn('dates_mixed.csv'));
  });

  it('importFile reads a column as day-first when a first number exceeds 12', async () => {
    const outcome = await importFixture(db, 'dates_dmy.csv');

    expect(outcome.ok && outcome.summary.dateOrder).toBe('dmy');
    expect((await readSales(db)).map((r) => r.day)).toEqual(expectedColumn('dates_dmy.csv'));
  });

  it('importFile reports an ambiguous date column with the fix instead of guessing', async () => {
    const outcome = await importFixture(db, 'dates_ambiguous.csv');

    expect(inEnglish(outcome)).toEqual({
      ok: false,
      errors: [
        'dates_ambiguous.csv: column "date" has dates such as "3/4/2020" that read as day/month ' +
          'or month/day, and none decides; set the date order (day/month or month/day, ' +
          '--date-order dmy or mdy)',
      ],
    });
    const chosen = await importFixture(db, 'dates_ambiguous.csv', { dateOrder: 'dmy' });
    expect(chosen.ok).toBe(true);
    expect((await readSales(db)).map((r) => r.day)).toEqual(expectedColumn('dates_ambiguous.csv'));
  });

  it('importFile counts Excel serial days of a text file from 1904 when told to', async () => {
    const text = 'rep,date,sales\nA,41640,1\n';
    const { importFile } = await import('../../../../src/lib/data/importFile');
    await importFile(db, 's.csv', new TextEncoder().encode(text), { dateSystem: 1904 });

    // 41640 days after 1904-01-01 (the 1904 system's day 0) is 1462 days after 1900 → 2018-01-02.
    const day0 = Date.UTC(1904, 0, 1) + 41640 * 86_400_000;
    expect((await readSales(db))[0].day).toBe(new Date(day0).toISOString().slice(0, 10));
  });

  it('importFile maps quotas dated near month ends to the month they border on', async () => {
    const outcome = await importFixture(db, 'irregular_quotas.csv', {
      mapping: { sales: 'quota' },
    });

    expect(
      outcome.ok && outcome.summary.warnings.map(noteText).some((w) => w.includes('31 May → June')),
    ).toBe(true);
    expect((await readSales(db)).map((r) => r.day)).toEqual([
      '2011-06-01',
      '2011-09-01',
      '2011-12-01',
      '2012-03-01',
      '2012-03-01',
    ]);
  });
});
