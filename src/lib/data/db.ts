/**
 * The one door to DuckDB, so the same SQL runs in Node (blocking build, tests and CLI) and in the
 * browser (async build in a worker). Rows come back as plain objects with numbers, not BigInt.
 */
export interface Db {
  exec(sql: string): Promise<void>;
  query<T>(sql: string): Promise<T[]>;
  /** Makes `text` readable by `read_csv('name')`. */
  registerText(name: string, text: string): Promise<void>;
  /** Makes UTF-8 `bytes` readable by `read_csv('name')`; the caller's array stays as it is. */
  registerBytes(name: string, bytes: Uint8Array): Promise<void>;
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

/** One record batch's part of an Arrow column: what `rowsOf` reads without Arrow's visitors. */
export interface ColumnChunk {
  readonly length: number;
  readonly offset: number;
  readonly nullCount: number;
  readonly nullable: boolean;
  readonly nullBitmap?: Uint8Array;
  readonly values?: unknown;
  readonly valueOffsets?: unknown;
  readonly type: {
    readonly typeId: number;
    readonly precision?: number;
    readonly bitWidth?: number;
  };
}

/** The part of an Arrow table that `rowsOf` reads; keeps this file free of an Arrow import. */
export interface RowTable {
  readonly numRows: number;
  readonly schema: { readonly fields: readonly { readonly name: string }[] };
  getChildAt(index: number): {
    readonly data: readonly ColumnChunk[];
    get(index: number): unknown;
  } | null;
}

// Arrow's type ids (apache-arrow's enum Type) and its half-precision float.
const INT = 2;
const FLOAT = 3;
const UTF8 = 5;
const HALF = 0;

/**
 * Turns an Arrow result into plain rows; a stray BigInt (e.g. from a cast) becomes a number.
 * Column by column: Arrow's row proxies and a TextDecoder call per string held the page's thread
 * for 120 ms on the 24,000 history points of a 1,000-rep company. Types read here directly
 * (strings, doubles, integers up to 32 bits) give what Arrow's `get` gives; others go through it.
 */
export function rowsOf<T>(table: RowTable): T[] {
  // Arrow counts a table's rows over its batches on every read of numRows.
  const count = table.numRows;
  const names = table.schema.fields.map((f) => f.name);
  const columns = names.map((_, j) => columnValues(table.getChildAt(j), count));
  const rows = new Array<T>(count);
  for (let i = 0; i < count; i++) {
    const row: Record<string, unknown> = {};
    for (let j = 0; j < names.length; j++) row[names[j]] = columns[j][i];
    rows[i] = row as T;
  }
  return rows;
}

function columnValues(column: ReturnType<RowTable['getChildAt']>, rows: number): unknown[] {
  const out = new Array<unknown>(rows).fill(null);
  if (column === null) return out;

  let start = 0;
  for (const chunk of column.data) {
    const read = chunkReader(chunk);
    for (let i = 0; i < chunk.length; i++) {
      if (!valid(chunk, i)) continue;
      const value = read ? read(i) : column.get(start + i);
      out[start + i] = typeof value === 'bigint' ? Number(value) : value;
    }
    start += chunk.length;
  }
  return out;
}

/** Arrow's own validity test (Data.getValid) for a column that is not a union. */
function valid(chunk: ColumnChunk, i: number): boolean {
  if (!chunk.nullable || chunk.nullCount <= 0 || !chunk.nullBitmap) return true;
  const at = chunk.offset + i;
  return (chunk.nullBitmap[at >> 3] & (1 << (at % 8))) !== 0;
}

type Reader = ((index: number) => unknown) | null;

function chunkReader(chunk: ColumnChunk): Reader {
  const { typeId, precision, bitWidth } = chunk.type;
  const values = chunk.values;
  const numbers = values instanceof Float64Array || values instanceof Float32Array;
  if (typeId === FLOAT && precision !== HALF && numbers) return (i) => values[i];
  if (typeId === INT && (bitWidth ?? 64) <= 32 && ArrayBuffer.isView(values)) {
    const ints = values as unknown as ArrayLike<number>;
    return (i) => ints[i];
  }
  const offsets = chunk.valueOffsets;
  if (typeId === UTF8 && offsets instanceof Int32Array && values instanceof Uint8Array) {
    return (i) => utf8(values, offsets[i], offsets[i + 1]);
  }
  return null;
}

const decoder = new TextDecoder();

/** Short ASCII texts, the usual names and labels, are built without a decoder call each. */
function utf8(bytes: Uint8Array, from: number, to: number): string {
  if (to - from > 64) return decoder.decode(bytes.subarray(from, to));
  let text = '';
  for (let i = from; i < to; i++) {
    if (bytes[i] >= 0x80) return decoder.decode(bytes.subarray(from, to));
    text += String.fromCharCode(bytes[i]);
  }
  return text;
}
