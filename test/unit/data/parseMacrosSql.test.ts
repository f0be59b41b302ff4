import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/data/db';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { parseMacrosSql } from '../../../src/lib/data/sql/parseMacrosSql';
import { sqlString } from '../../../src/lib/data/sql/quote';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
  for (const sql of parseMacrosSql()) await db.exec(sql);
});

async function amount(text: string | null): Promise<number | null> {
  const arg = text === null ? 'NULL' : sqlString(text);
  const [row] = await db.query<{ v: number | null }>(`SELECT il_amount(${arg}) AS v`);
  return row.v;
}

async function date(text: string): Promise<string | null> {
  const [row] = await db.query<{ v: string | null }>(
    `SELECT strftime(il_date(${sqlString(text)}), '%Y-%m-%d') AS v`,
  );
  return row.v;
}

describe('parseMacrosSql', () => {
  it('parseMacrosSql builds the cleaning macro with exactly this text', () => {
    expect(parseMacrosSql()[0]).toBe(
      'CREATE OR REPLACE TEMP MACRO il_clean(x) AS\n' +
        "  regexp_replace(trim(x), '[\\s$€£¥￥]|元|USD|CNY|RMB|EUR', '', 'gi')",
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
  ])('il_date reads %j as %s', async (text, expected) => {
    expect(await date(text)).toBe(expected);
  });

  it.each(['18/4/30', '31/12/2024', 'yesterday', '2024-13-01', '0024-01-01'])(
    'il_date gives NULL for %j rather than guessing',
    async (text) => {
      expect(await date(text)).toBeNull();
    },
  );
});
