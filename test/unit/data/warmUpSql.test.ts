import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calibrate } from '$lib/data/calibrate';
import { SAFE_SETTINGS, rowsOf, type Db } from '$lib/data/db';
import { openNodeBindings } from '$lib/data/nodeDb';
import { warmUpSql } from '$lib/data/sql/warmUpSql';

type Connection = ReturnType<duckdb.DuckDBBindings['connect']>;
let app: Connection;
let warm: Connection;
let db: duckdb.DuckDBBindings;
// In Node, DuckDB writes the warm-up's CSV to disk: a folder of the test's own.
const dir = mkdtempSync(join(tmpdir(), 'il-warm-up-'));

const dbOf = (conn: Connection): Db => ({
  exec: async (sql) => {
    conn.query(sql);
  },
  query: async <T>(sql: string) => rowsOf<T>(conn.query(sql)),
  registerText: async () => {},
  registerBytes: async () => {},
});

beforeAll(async () => {
  db = await openNodeBindings();
  [app, warm] = [db.connect(), db.connect()];
  for (const sql of SAFE_SETTINGS) app.query(sql);
  app.query("CREATE TABLE sales AS SELECT 'A' AS rep, DATE '2024-01-01' AS period, 1.0 AS sales");
  app.query('CREATE TEMP TABLE il_rows AS SELECT 7 AS row_no');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('warmUpSql', () => {
  it('warmUpSql imports and calibrates on its own connection, app tables untouched', async () => {
    for (const sql of warmUpSql(join(dir, 'warm.csv'), 20_000)) warm.query(sql);
    const result = await calibrate(dbOf(warm));

    // 500 reps over three years of days, one order in 50 cancelled (so left out): every order of
    // the 10 reps whose number is a multiple of 50, which leaves them nothing to fit.
    expect(result.reps).toHaveLength(490);
    expect(result.report.grain).toBe('month');
    expect(result.report.rows).toBe(20_000 - 20_000 / 50);

    const appDb = dbOf(app);
    expect(await appDb.query('SELECT rep, sales FROM sales')).toEqual([{ rep: 'A', sales: 1 }]);
    expect(await appDb.query('SELECT row_no FROM il_rows')).toEqual([{ row_no: 7 }]);
  });

  it('warmUpSql overwrites a file registered in memory, as the browser registers it', async () => {
    // browserDb.ts registers a one-byte buffer so that DuckDB does not warn of a missing file;
    // COPY must replace those bytes, not write a temporary file beside them.
    db.registerFileBuffer('il_warm_up.csv', new Uint8Array(1));
    for (const sql of warmUpSql('il_warm_up.csv', 20_000)) warm.query(sql);
    const result = await calibrate(dbOf(warm));
    db.dropFile('il_warm_up.csv');

    expect(result.report.rows).toBe(20_000 - 20_000 / 50);
  });
});
