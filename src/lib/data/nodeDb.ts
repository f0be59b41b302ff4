import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { OPEN_CONFIG, SAFE_SETTINGS, rowsOf, type Db } from './db';

/**
 * A fresh in-memory DuckDB on the blocking WASM build, for tests and the CLI (never the browser),
 * open with the app's configuration; a connection still needs SAFE_SETTINGS. The async Node
 * build needs a web-worker shim that fails here (stack.md), the blocking one not.
 */
export async function openNodeBindings(): Promise<duckdb.DuckDBBindings> {
  const require = createRequire(import.meta.url);
  const wasm = (name: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${name}`);
  const bundles = {
    mvp: { mainModule: wasm('duckdb-mvp.wasm'), mainWorker: '' },
    eh: { mainModule: wasm('duckdb-eh.wasm'), mainWorker: '' },
  };

  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open(OPEN_CONFIG);
  return db;
}

/** The app's Db over a fresh openNodeBindings, with the app's settings. */
export async function openNodeDb(): Promise<Db> {
  const db = await openNodeBindings();
  const conn = db.connect();
  for (const sql of SAFE_SETTINGS) conn.query(sql);

  return {
    exec: async (sql) => {
      conn.query(sql);
    },
    query: async <T>(sql: string) => rowsOf<T>(conn.query(sql)),
    registerText: async (name, text) => {
      db.registerFileText(name, text);
    },
    // A copy: the array given is the caller's, and DuckDB may keep what it is handed.
    registerBytes: async (name, bytes) => {
      db.registerFileBuffer(name, bytes.slice());
    },
  };
}
