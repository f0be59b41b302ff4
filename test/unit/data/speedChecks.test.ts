import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/data/db';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { irregularMonthsSql } from '../../../src/lib/data/sql/checkSql';
import { mulberry32 } from '$lib/data/sample/random';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

/** The rule of irregularMonthsSql written row by row, as it was before it aggregated first. */
const rowByRow = `SELECT count(*) > 0
  AND count(*) FILTER (WHERE day(period) <= 3 OR period >= last_day(period) - 3) = count(*)
  AND count(*) FILTER (WHERE day(period) <= 3) > 0
  AND count(*) FILTER (WHERE period >= last_day(period) - 3) > 0
  AND count(*) FILTER (WHERE day(period) = 1) < count(*)
  AND count(*) FILTER (WHERE period = last_day(period)) < count(*)
  AND count(DISTINCT (rep, date_trunc('month', period + INTERVAL 4 DAY))) = count(*) AS irregular
FROM il_rows WHERE period IS NOT NULL`;

/**
 * A quota table: each rep's dates are month starts or ends, now and then a mid-month day, a
 * second date in the same month, or a missing date; reps and months are few so that every
 * clause of the rule is sometimes what decides.
 */
function quotaRows(next: () => number): string {
  const rows: string[] = [];
  const reps = 1 + Math.floor(next() * 3);
  for (let rep = 0; rep < reps; rep += 1) {
    for (let month = 0; month < 2 + Math.floor(next() * 4); month += 1) {
      const u = next();
      const start = `DATE '2024-01-01' + INTERVAL ${month} MONTH`;
      const day =
        u < 0.4
          ? `(${start} - INTERVAL ${Math.floor(next() * 3)} DAY)`
          : u < 0.8
            ? `(${start} + INTERVAL ${Math.floor(next() * 3)} DAY)`
            : u < 0.9
              ? `(${start} + INTERVAL 14 DAY)`
              : 'NULL';
      rows.push(`('R${rep}', CAST(${day} AS DATE))`);
      if (next() < 0.05) rows.push(`('R${rep}', CAST(${start} AS DATE))`);
    }
  }
  return rows.join(', ');
}

describe('irregularMonthsSql', () => {
  it('agrees with the row-by-row rule on random quota tables, both ways', async () => {
    const next = mulberry32(7);
    const seen = new Set<boolean>();
    for (let table = 0; table < 200; table += 1) {
      await db.exec(
        'CREATE OR REPLACE TEMP TABLE il_rows AS SELECT * FROM ' +
          `(VALUES ${quotaRows(next)}) AS t(rep, period)`,
      );
      const [fast] = await db.query<{ irregular: boolean }>(irregularMonthsSql());
      const [reference] = await db.query<{ irregular: boolean }>(rowByRow);
      expect(fast.irregular).toBe(reference.irregular);
      seen.add(reference.irregular);
    }
    // Both answers came up, so the agreement is not that of two constant queries.
    expect([...seen].sort()).toEqual([false, true]);
  });

  it('says no for a table without dates', async () => {
    await db.exec(
      'CREATE OR REPLACE TEMP TABLE il_rows AS SELECT * FROM ' +
        "(VALUES ('R1', NULL::DATE)) AS t(rep, period)",
    );
    const [fast] = await db.query<{ irregular: boolean }>(irregularMonthsSql());
    expect(fast.irregular).toBe(false);
  });
});
