/**
 * The one door to DuckDB, so the same SQL runs in Node (blocking build, tests and CLI) and in the
 * browser (async build in a worker). Rows come back as plain objects with numbers, not BigInt.
 */
export interface Db {
  exec(sql: string): Promise<void>;
  query<T>(sql: string): Promise<T[]>;
  /** Makes `text` readable by `read_csv('name')`. */
  registerText(name: string, text: string): Promise<void>;
}

/**
 * Run right after connecting: without them DuckDB fetches extensions from an outside host on first
 * use (the Node blocking build then hangs forever); with them such a call fails at once.
 */
export const SAFE_SETTINGS = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
];

/** Open options shared by both builds: counts and sums come back as doubles, not BigInt. */
export const OPEN_CONFIG = { query: { castBigIntToDouble: true, castDecimalToDouble: true } };

/** The part of an Arrow table that `rowsOf` reads; keeps this file free of an Arrow import. */
export interface RowTable {
  toArray(): { toJSON(): Record<string, unknown> }[];
}

/** Turns an Arrow result into plain rows; a stray BigInt (e.g. from a cast) becomes a number. */
export function rowsOf<T>(table: RowTable): T[] {
  return table.toArray().map((row) => {
    const plain = row.toJSON();
    for (const key of Object.keys(plain)) {
      const value = plain[key];
      if (typeof value === 'bigint') plain[key] = Number(value);
    }
    return plain as T;
  });
}
