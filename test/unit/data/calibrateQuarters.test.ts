import { beforeAll, describe, expect, it } from 'vitest';
import { calibrate } from '../../../src/lib/data/calibrate';
import type { Db } from '../../../src/lib/data/db';
import { openNodeDb } from '../../../src/lib/data/nodeDb';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

/** Monthly sales of two reps from 2021-10 to 2024-09: three fiscal years (October–September). */
function monthlyRows(): { rep: string; day: string; sales: number }[] {
  const rows = [];
  for (let i = 0; i < 36; i += 1) {
    const date = new Date(Date.UTC(2021, 9 + i, 15));
    const day = date.toISOString().slice(0, 10);
    // October–December sell double: the fiscal year's first quarter is its high season.
    const high = date.getUTCMonth() >= 9 ? 2 : 1;
    rows.push({ rep: 'A', day, sales: 100 * high + i });
    rows.push({ rep: 'B', day, sales: 50 * high });
  }
  return rows;
}

async function loadSales(rows: { rep: string; day: string; sales: number }[]) {
  const values = rows.map((r) => `('${r.rep}', DATE '${r.day}', ${r.sales}, NULL)`).join(', ');
  await db.exec(
    `CREATE OR REPLACE TABLE sales AS SELECT * FROM (VALUES ${values}) ` +
      't(rep, period, sales, target)',
  );
}

describe('calibrate by quarters', () => {
  it('calibrate sums each fiscal quarter from October and labels it by the fiscal year', async () => {
    const rows = monthlyRows();
    await loadSales(rows);
    const result = await calibrate(db, { quarters: { fiscalStart: 10 } });

    expect(result.report.grain).toBe('quarter');
    expect(result.report.periods).toBe(12);
    expect(result.report.firstPeriod).toBe('FY2022-Q1');
    expect(result.report.lastPeriod).toBe('FY2024-Q4');
    expect(result.report.horizon).toEqual(['FY2025-Q1', 'FY2025-Q2', 'FY2025-Q3', 'FY2025-Q4']);

    // FY2022-Q1 is Oct–Dec 2021: rep A's first three months, 200 + 201 + 202.
    const a = result.histories.find((h) => h.id === 'A')!;
    expect(a.points).toHaveLength(12);
    expect(a.points[0]).toMatchObject({ period: 'FY2022-Q1', sales: 603 });
    const total = rows.filter((r) => r.rep === 'A').reduce((sum, r) => sum + r.sales, 0);
    expect(a.points.reduce((sum, p) => sum + p.sales, 0)).toBe(total);
  });

  it('calibrate by fiscal quarters finds the first quarter the high season', async () => {
    await loadSales(monthlyRows());
    const result = await calibrate(db, { quarters: { fiscalStart: 10 } });

    // Rep B sells 300 in Q1 and 150 in each other quarter: factors 2/1.25 = 1.6 and 1/1.25 = 0.8
    // (seasonSql divides by the mean factor); pooled with A, whose trend is mild, they stay near.
    const [q1, q2, q3, q4] = result.report.seasonal ?? [];
    expect(q1).toBeGreaterThan(1.4);
    expect(Math.max(q2, q3, q4)).toBeLessThan(0.95);
    expect(result.reps.find((r) => r.id === 'B')?.mean).toHaveLength(4);
  });

  it('calibrate on calendar quarters labels them by the calendar year', async () => {
    await loadSales(monthlyRows());
    const result = await calibrate(db, { quarters: { fiscalStart: 1 } });

    expect(result.report.firstPeriod).toBe('2021-Q4');
    expect(result.report.lastPeriod).toBe('2024-Q3');
    expect(result.report.horizon[0]).toBe('2024-Q4');
  });

  it('calibrate without quarters keeps the monthly grain', async () => {
    await loadSales(monthlyRows());
    const result = await calibrate(db);

    expect(result.report.grain).toBe('month');
    expect(result.report.firstPeriod).toBe('2021-10');
  });
});
