import type * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAFE_SETTINGS, rowsOf } from '$lib/data/db';
import { openNodeBindings } from '$lib/data/nodeDb';

type Connection = ReturnType<duckdb.DuckDBBindings['connect']>;
let conn: Connection;

beforeAll(async () => {
  conn = (await openNodeBindings()).connect();
  for (const sql of SAFE_SETTINGS) conn.query(sql);
});

/** Arrow's own row path, as rowsOf read results before it went column by column. */
function arrowRows(sql: string): Record<string, unknown>[] {
  return conn
    .query(sql)
    .toArray()
    .map((row) => {
      const plain = row.toJSON() as Record<string, unknown>;
      for (const key of Object.keys(plain)) {
        if (typeof plain[key] === 'bigint') plain[key] = Number(plain[key]);
      }
      return plain;
    });
}

// Every type the app's queries return, nulls in each, texts in several scripts and lengths,
// and more rows than one record batch holds (DuckDB sends 2,048 rows per batch).
const mixed = `SELECT i::INTEGER AS int32, i::SMALLINT AS int16, (i * 1000003)::BIGINT AS int64,
  i / 7 AS double, (i / 3)::FLOAT AS float, i % 3 = 0 AS bool,
  CASE WHEN i % 11 = 0 THEN NULL ELSE i::DOUBLE END AS maybe,
  CASE i % 6 WHEN 0 THEN 'Rep ' || i WHEN 1 THEN '销售员' || i WHEN 2 THEN ''
    WHEN 3 THEN NULL WHEN 4 THEN repeat('long text ', 9) || i ELSE 'é😀' || i END AS text,
  DATE '2024-01-01' + i::INTEGER AS day, TIMESTAMP '2024-01-01 10:00:00' AS at,
  (i / 4)::DECIMAL(12, 2) AS decimal, count(*) OVER () AS total
FROM range(5000) t(i)`;

describe('rowsOf', () => {
  it('rowsOf gives what Arrow’s rows give, value for value, over several record batches', () => {
    const expected = arrowRows(mixed);
    const rows = rowsOf<Record<string, unknown>>(conn.query(mixed));
    expect(rows).toHaveLength(5000);
    expect(rows).toEqual(expected);
    expect(Object.keys(rows[0])).toEqual(Object.keys(expected[0]));
  });

  it('rowsOf keeps nulls null and numbers numbers, never BigInt', () => {
    const rows = rowsOf<Record<string, unknown>>(conn.query(mixed));
    expect(rows[0].maybe).toBeNull();
    expect(rows[3].text).toBeNull();
    expect(rows[1].text).toBe('销售员1');
    expect(rows[5].text).toBe('é😀5');
    expect(rows.every((r) => typeof r.int64 === 'number' && typeof r.total === 'number')).toBe(
      true,
    );
  });

  it('rowsOf of an empty result is an empty list', () => {
    expect(rowsOf(conn.query('SELECT 1 AS x WHERE false'))).toEqual([]);
  });
});
