import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/data/db';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { parseMacrosSql } from '../../../src/lib/data/sql/parseMacrosSql';
import { parseRowsSql } from '../../../src/lib/data/sql/loadSql';
import { sqlString } from '../../../src/lib/data/sql/quote';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
  for (const sql of parseMacrosSql()) await db.exec(sql);
});

/** Runs `text` through the production row parser as a one-cell file; null if unreadable. */
async function parseCell(text: string): Promise<{ amount: number | null; day: string | null }> {
  await db.exec(
    `CREATE OR REPLACE TEMP TABLE il_raw AS SELECT 2 AS row_no, ${sqlString(text)} AS c0`,
  );
  await db.exec(
    parseRowsSql({ rep: 0, date: 0, sales: 0, target: null, status: null, refund: null }),
  );
  const [row] = await db.query<{ amount: number | null; day: string | null }>(
    "SELECT amount, strftime(period, '%Y-%m-%d') AS day FROM il_rows",
  );
  return row ?? { amount: null, day: null };
}

const amount = async (text: string) => (await parseCell(text)).amount;
const date = async (text: string) => (await parseCell(text)).day;

describe('parseMacrosSql', () => {
  it('parseMacrosSql builds the amount clean-up macro with exactly this text', () => {
    expect(parseMacrosSql()[0]).toBe(
      'CREATE OR REPLACE TEMP MACRO il_amount_text(x) AS\n' +
        "  regexp_replace(translate(trim(x), '０１２３４５６７８９，．（）－＋−', '0123456789,.()-+-'),\n" +
        "    '[\\s\\x{00A0}\\x{3000}$€£¥￥]|元|USD|CNY|RMB|EUR', '', 'gi')",
    );
  });

  it.each([
    ['1234.5', 1234.5],
    [' 1,234,567.25 ', 1234567.25],
    ['$1,200', 1200],
    ['¥ 3,000', 3000],
    ['12元', 12],
    ['USD 99.9', 99.9],
    ['(500)', -500],
    ['(1,234.50)', -1234.5],
    ['-42', -42],
    ['1e3', 1000],
  ])('il_amount reads %j as %d', async (text, expected) => {
    expect(await amount(text)).toBe(expected);
  });

  it.each(['1,23', '1.2.3', 'abc', '', 'inf', '12 34 x'])(
    'il_amount gives NULL for %j rather than guessing',
    async (text) => {
      expect(await amount(text)).toBeNull();
    },
  );

  it.each([
    ['2024-01-31', '2024-01-31'],
    ['2014/1/1', '2014-01-01'],
    ['2018/4/30 22:55', '2018-04-30'],
    ['2018-04-30 22:55:10', '2018-04-30'],
    ['2018-04-30T08:00:00', '2018-04-30'],
    ['2023-01', '2023-01-01'],
    ['May 31 2011 12:00AM', '2011-05-31'],
    ['Dec  1 2011 12:00AM', '2011-12-01'],
    ['2018年4月3日', '2018-04-03'],
    ['2018年4月', '2018-04-01'],
    ['2024.02.29', '2024-02-29'],
    ['31 May 2011', '2011-05-31'],
    ['September 5, 2024', '2024-09-05'],
  ])('il_date reads %j as %s', async (text, expected) => {
    expect(await date(text)).toBe(expected);
  });

  it.each([
    '18/4/30',
    '31/12/2024',
    'yesterday',
    '2024-13-01',
    '2023-02-29',
    '0024-01-01',
    '2018-04-30 oops',
  ])('il_date gives NULL for %j rather than guessing', async (text) => {
    expect(await date(text)).toBeNull();
  });
});
