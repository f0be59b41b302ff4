import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/data/db';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import {
  asideName,
  dropAsideSql,
  replacingData,
  restoreSql,
  setAsideSql,
} from '../../../src/lib/data/replaceData';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

const tables = async () =>
  (
    await db.query<{ name: string }>(
      'SELECT table_name AS name FROM duckdb_tables() ORDER BY table_name',
    )
  ).map((t) => t.name);

const sales = async () => (await db.query<{ x: number }>('SELECT x FROM sales')).map((r) => r.x);

/** The data before an import: sales of 1, and groups from a file's own column. */
async function previous(): Promise<void> {
  for (const sql of dropAsideSql) await db.exec(sql);
  await db.exec('CREATE OR REPLACE TABLE sales AS SELECT 1 AS x');
  await db.exec("CREATE OR REPLACE TABLE il_rep_groups AS SELECT 'Ann' AS rep");
  await db.exec("CREATE OR REPLACE TABLE il_group_column AS SELECT 'region' AS header");
}

/** What an import makes: sales of 2 and no groups; it keeps them. */
const replace = async () => {
  await db.exec('CREATE TABLE sales AS SELECT 2 AS x');
  return true;
};

describe('replaceData', () => {
  it('the SQL renames the data tables aside and back, dropping leftovers first', () => {
    expect(asideName('sales')).toBe('il_prev_sales');
    expect(asideName('il_rep_groups')).toBe('il_prev_rep_groups');
    expect(setAsideSql.slice(0, 2)).toEqual([
      'DROP TABLE IF EXISTS il_prev_sales',
      'ALTER TABLE IF EXISTS sales RENAME TO il_prev_sales',
    ]);
    expect(restoreSql.slice(0, 2)).toEqual([
      'DROP TABLE IF EXISTS sales',
      'ALTER TABLE IF EXISTS il_prev_sales RENAME TO sales',
    ]);
    expect(dropAsideSql).toEqual([
      'DROP TABLE IF EXISTS il_prev_sales',
      'DROP TABLE IF EXISTS il_prev_rep_groups',
      'DROP TABLE IF EXISTS il_prev_group_column',
    ]);
  });

  it('replacingData keeps what the replacement made and drops the tables set aside', async () => {
    await previous();

    expect(await replacingData(db, replace)).toBe(true);
    expect(await sales()).toEqual([2]);
    expect(await tables()).toEqual(['sales']);
  });

  it('replacingData puts the previous tables back when the new data is refused', async () => {
    await previous();
    const refusing = async () => !(await replace());

    expect(await replacingData(db, refusing)).toBe(false);
    expect(await sales()).toEqual([1]);
    expect(await tables()).toEqual(['il_group_column', 'il_rep_groups', 'sales']);
  });

  it('replacingData puts the previous tables back when the replacement throws', async () => {
    await previous();
    const failing = async () => {
      await replace();
      throw new Error('cancelled');
    };

    await expect(replacingData(db, failing)).rejects.toThrow('cancelled');
    expect(await sales()).toEqual([1]);
    expect(await tables()).toEqual(['il_group_column', 'il_rep_groups', 'sales']);
  });

  it('replacingData with no previous data leaves none when the replacement throws', async () => {
    await previous();
    for (const sql of ['sales', 'il_rep_groups', 'il_group_column']) {
      await db.exec(`DROP TABLE ${sql}`);
    }
    const failing = async () => {
      await replace();
      throw new Error('cancelled');
    };

    await expect(replacingData(db, failing)).rejects.toThrow('cancelled');
    expect(await tables()).toEqual([]);
  });
});
