import { describe, expect, it } from 'vitest';
import { warmUpOn, type WarmUpDb } from '$lib/data/browserDb';

/** A stand-in for DuckDB that records what the warm-up asks of it. */
function fakeDb(onQuery: (count: number) => void) {
  const log = { queries: [] as string[], files: [] as string[], closed: false };
  const db = {
    connect: async () => ({
      query: async (sql: string) => {
        log.queries.push(sql);
        onQuery(log.queries.length);
        return { numRows: 0, schema: { fields: [] }, getChildAt: () => null };
      },
      close: async () => {
        log.closed = true;
      },
    }),
    registerFileBuffer: async (name: string) => {
      log.files.push(`+${name}`);
    },
    dropFile: async (name: string) => {
      log.files.push(`-${name}`);
      return null;
    },
  } as unknown as WarmUpDb;
  return { db, log };
}

describe('warmUpOn', () => {
  it('warmUpOn stops once the app calls DuckDB, then closes and drops its file', async () => {
    let calls = 0;
    // The app calls DuckDB while the warm-up's fourth statement runs.
    const { db, log } = fakeDb((count) => {
      if (count === 4) calls += 1;
    });
    await expect(warmUpOn(db, () => calls)).resolves.toBe(false);

    expect(log.queries).toHaveLength(4);
    expect(log.closed).toBe(true);
    expect(log.files).toEqual(['+il_warm_up.csv', '-il_warm_up.csv']);
  });

  it('warmUpOn writes nothing but TEMP objects and its own file', async () => {
    const { db, log } = fakeDb(() => {});
    // The stand-in answers with empty tables, so the calibration at the end finds no sales.
    await expect(warmUpOn(db, () => 0)).rejects.toThrow(/empty/);

    const writes = log.queries.filter((sql) => /^\s*(CREATE|COPY|UPDATE|INSERT|DELETE)/i.test(sql));
    expect(writes.length).toBeGreaterThan(5);
    for (const sql of writes) {
      expect(sql).toMatch(
        /^CREATE OR REPLACE TEMP |^COPY [\s\S]*\sTO 'il_warm_up\.csv'|^UPDATE il_rows/,
      );
    }
  });
});
