import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { DB_START_TIMEOUT_MS } from './constants';
import { OPEN_CONFIG, SAFE_SETTINGS, rowsOf, type Db } from './db';

// The wasm and worker files are emitted by Vite into the build, so nothing comes from a CDN.
const bundles: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

let started: Promise<Db> | undefined;

/** The app's one DuckDB, started lazily on first call; a failed start may be retried. */
export function getBrowserDb(): Promise<Db> {
  started ??= start().catch((error: unknown) => {
    started = undefined;
    throw error;
  });
  return started;
}

async function start(): Promise<Db> {
  const bundle = await duckdb.selectBundle(bundles);
  const worker = new Worker(bundle.mainWorker ?? mvpWorker);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);

  // A wasm served with the wrong MIME type makes instantiate() hang instead of failing.
  const conn = await withTimeout(open(db, bundle.mainModule), DB_START_TIMEOUT_MS, () => {
    worker.terminate();
    return new Error(
      `DuckDB did not start within ${DB_START_TIMEOUT_MS / 1000} s ` +
        `(${bundle.mainModule}); check that .wasm files are served as application/wasm.`,
    );
  });

  return {
    exec: async (sql) => {
      await conn.query(sql);
    },
    query: async <T>(sql: string) => rowsOf<T>(await conn.query(sql)),
    registerText: (name, text) => db.registerFileText(name, text),
  };
}

async function open(db: duckdb.AsyncDuckDB, mainModule: string) {
  await db.instantiate(mainModule);
  await db.open(OPEN_CONFIG);
  const conn = await db.connect();
  for (const sql of SAFE_SETTINGS) await conn.query(sql);
  return conn;
}

function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
