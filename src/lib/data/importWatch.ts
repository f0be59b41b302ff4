import type { Db } from './db';

/**
 * The steps of an import, in the order load.ts runs them: reading the file into DuckDB, checking
 * its rows (dates, amounts, totals, copies, statuses), cleaning values (bad rows, month ends,
 * names), then making the new tables and fitting the reps.
 */
export type ImportStep = 'reading' | 'checking' | 'cleaning' | 'fitting';

export const IMPORT_STEPS: readonly ImportStep[] = ['reading', 'checking', 'cleaning', 'fitting'];

/**
 * Who follows an import: `step` hears each step as it starts; setting `cancelled` stops the
 * import before its next SQL statement, at any step. A statement already running in DuckDB's
 * worker finishes first (DuckDB-Wasm cannot interrupt it), so a cancel waits for at most one.
 * The old data (`sales`, its groups) is only set aside until the reps are fitted, and a cancel
 * puts it back (replaceData.ts).
 */
export interface ImportWatch {
  cancelled: boolean;
  step(step: ImportStep): void;
}

/** Thrown inside an import or its fit when its watch was cancelled; loadCsvText catches it. */
export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

/**
 * What a cancelled import leaves half-made: the parsed text and its rows (those of the previous
 * import too, which nothing reads after it). The registered text stays until the next import
 * registers its own under the same name: DuckDB-Wasm's file registry is not behind `Db`.
 */
export const HALF_MADE_SQL = [
  'DROP VIEW IF EXISTS il_raw',
  'DROP TABLE IF EXISTS il_rep_statuses',
  'DROP TABLE IF EXISTS il_rows',
  'DROP TABLE IF EXISTS il_csv',
];

/**
 * `db`, checking the watch before each statement: a plain boolean, so the import keeps its
 * speed. Without a watch, `db` itself.
 */
export function watchedDb(db: Db, watch: ImportWatch | undefined): Db {
  if (!watch) return db;
  const check = () => {
    if (watch.cancelled) throw new ImportCancelled();
  };
  return {
    exec: async (sql) => {
      check();
      return db.exec(sql);
    },
    query: async <T>(sql: string) => {
      check();
      return db.query<T>(sql);
    },
    registerText: async (name, text) => {
      check();
      return db.registerText(name, text);
    },
    registerBytes: async (name, bytes) => {
      check();
      return db.registerBytes(name, bytes);
    },
  };
}
