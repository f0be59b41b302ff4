import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { calibrate } from './calibrate';
import { DB_START_TIMEOUT_MS } from './constants';
import { DbUnreachable, fetchWasm } from './fetchWasm';
import { OPEN_CONFIG, SAFE_SETTINGS, rowsOf, type Db } from './db';
import { measureStep } from './importTiming';
import { warmUpSql } from './sql/warmUpSql';

// The wasm and worker files are emitted by Vite into the build, so nothing comes from a CDN.
const bundles: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

let started: Promise<Db> | undefined;
let warmUp: (() => Promise<boolean>) | undefined;

/** Made-up rows the warm-up imports: enough for V8 to optimise DuckDB's hot code, ~1 s. */
const WARM_UP_ROWS = 200_000;
const WARM_UP_FILE = 'il_warm_up.csv';
/** The performance mark set when a warm-up ran every statement. */
export const WARM_UP_MARK = 'il-duckdb-warmed-up';

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
  const { db, conn } = await launch(bundle.mainModule, bundle.mainWorker ?? mvpWorker);

  // Every call the app makes is counted, so that a warm-up under way gives way at once.
  let calls = 0;
  warmUp = () => warmUpOn(db, () => calls);
  return {
    exec: async (sql) => {
      calls += 1;
      const start = performance.now();
      await conn.query(sql);
      measureStep('sql', sql, start);
    },
    query: async <T>(sql: string) => {
      calls += 1;
      const start = performance.now();
      const table = await conn.query(sql);
      measureStep('sql', sql, start);
      const read = performance.now();
      const rows = rowsOf<T>(table);
      measureStep('rows', sql, read);
      return rows;
    },
    registerText: async (name, text) => {
      calls += 1;
      const start = performance.now();
      await db.registerFileText(name, text);
      measureStep('register', name, start);
    },
    registerBytes: async (name, bytes) => {
      calls += 1;
      const start = performance.now();
      // A copy: DuckDB takes the buffer over (its length becomes 0), and the array is the caller's.
      await db.registerFileBuffer(name, bytes.slice());
      measureStep('register', name, start);
    },
  };
}

/**
 * Runs a made-up import through DuckDB while the page is idle, on a connection of its own and
 * TEMP tables only. A first large import in Chromium ran DuckDB's WebAssembly in its baseline
 * code, which V8 optimises only once a function has run hot: the DuckDB worker spent a quarter
 * more processor time on it than on the same import after this warm-up. It stops before its next
 * statement as soon as the app uses DuckDB, and its failures are only logged: it changes no data.
 */
export async function warmBrowserDb(): Promise<void> {
  await getBrowserDb();
  const run = warmUp;
  warmUp = undefined;
  // A mark, not a log line, says that it ran to the end: traces show it, and so can a test.
  if (await run?.()) performance.mark(WARM_UP_MARK);
}

/** The part of DuckDB a warm-up uses (a type of its own so that a test can stand in for it). */
export type WarmUpDb = Pick<duckdb.AsyncDuckDB, 'connect' | 'registerFileBuffer' | 'dropFile'>;

/**
 * warmBrowserDb's work on `db`; `calls` counts the app's calls, any new one stops it. True when
 * it ran every statement, false when the app's calls stopped it.
 */
export async function warmUpOn(db: WarmUpDb, calls: () => number): Promise<boolean> {
  const before = calls();
  const idle = () => calls() === before;
  const conn = await db.connect();
  // The file must exist in DuckDB's memory before COPY writes it: registerEmptyFileBuffer does
  // nothing in duckdb-wasm 1.32, and a COPY to an unknown name logs "Buffering missing file" as a
  // console warning on every page (duckdb-wasm issue 1842). COPY overwrites this one byte in
  // place (warmUpSql: USE_TMP_FILE false; a temporary file beside it would be missing too).
  await db.registerFileBuffer(WARM_UP_FILE, new Uint8Array(1));
  const own: Db = {
    exec: async (sql) => {
      if (idle()) await conn.query(sql);
    },
    query: async <T>(sql: string) => (idle() ? rowsOf<T>(await conn.query(sql)) : []),
    registerText: async () => {},
    registerBytes: async () => {},
  };
  try {
    for (const sql of [...SAFE_SETTINGS, ...warmUpSql(WARM_UP_FILE, WARM_UP_ROWS)]) {
      await own.exec(sql);
    }
    if (idle()) await calibrate(own);
    return idle();
  } finally {
    await conn.close();
    await db.dropFile(WARM_UP_FILE);
  }
}

/**
 * DuckDB in a worker of its own, instantiated from the wasm the page fetched (fetchWasm) and
 * opened; the worker is stopped when any step fails, so that a later call starts afresh.
 */
async function launch(wasmUrl: string, workerUrl: string) {
  // The worker's script loads while the wasm downloads.
  const worker = new Worker(workerUrl);
  const failed = workerFailure(worker, workerUrl);
  let wasm: string | undefined;
  try {
    wasm = await Promise.race([fetchWasm(wasmUrl), failed.promise]);
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    // A wasm that fails to compile in the worker is, like a failed fetch there, never reported.
    const opened = Promise.race([open(db, wasm), failed.promise]);
    const conn = await withTimeout(opened, DB_START_TIMEOUT_MS, () => {
      const seconds = DB_START_TIMEOUT_MS / 1000;
      return new Error(`DuckDB did not start within ${seconds} s (${wasmUrl})`);
    });
    return { db, conn };
  } catch (error) {
    worker.terminate();
    throw error;
  } finally {
    failed.stop();
    if (wasm !== undefined) URL.revokeObjectURL(wasm);
  }
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

/**
 * Rejects when the worker fails while DuckDB starts: its script could not be loaded (a plain
 * event: the connection was lost before it came) or it threw. The start then fails at once
 * instead of at its timeout. Listening first, it keeps the event from DuckDB's own handler,
 * which would log it as a console error and leave the start waiting.
 */
function workerFailure(worker: Worker, url: string): { promise: Promise<never>; stop(): void } {
  let listener: (event: Event) => void = () => {};
  const promise = new Promise<never>((_, reject) => {
    listener = (event) => {
      event.stopImmediatePropagation();
      event.preventDefault();
      const threw = event instanceof ErrorEvent && event.message !== '';
      const notLoaded = () => new DbUnreachable(url, new Error('the script did not load'));
      reject(threw ? new Error(`DuckDB's worker failed: ${event.message}`) : notLoaded());
    };
    worker.addEventListener('error', listener);
  });
  // Raced only until DuckDB is open; a rejection after that has no one to hear it.
  promise.catch(() => undefined);
  return { promise, stop: () => worker.removeEventListener('error', listener) };
}
