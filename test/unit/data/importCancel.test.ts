import { beforeAll, describe, expect, it } from 'vitest';
import { hasTableSql } from '../../../src/lib/data/assignments/assignmentSql';
import { calibrate } from '../../../src/lib/data/calibrate';
import type { Db } from '../../../src/lib/data/db';
import type { ImportStep, ImportWatch } from '../../../src/lib/data/importWatch';
import { loadCsvText } from '../../../src/lib/data/load';
import { openNodeDb } from '../../../src/lib/data/nodeDb';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

/** 2 reps × 14 months with a region column (so the previous data has groups), sales 100 + m. */
function previousCsv(): string {
  const lines = ['rep,date,sales,target,region'];
  for (const rep of ['Ann', 'Bo'])
    for (let m = 0; m < 14; m += 1) {
      const month = String((m % 12) + 1).padStart(2, '0');
      lines.push(`${rep},${2022 + Math.floor(m / 12)}-${month}-15,${100 + m},110,North`);
    }
  return lines.join('\n');
}

/** Another file with a status column, a bad value and a total row, so every step has work. */
const nextCsv = [
  'rep,date,sales,status',
  'Cy,2024-01-05,50,paid',
  'Cy,2024-02-05,60,refunded',
  'Di,2024-01-09,oops,paid',
  'Di,2024-02-09,70,paid',
  'Total,,180,',
].join('\n');

const salesRows = () => db.query<Record<string, unknown>>('SELECT * FROM sales ORDER BY ALL');
const groupRows = () =>
  db.query<Record<string, unknown>>('SELECT * FROM il_rep_groups ORDER BY ALL');

/** Tables and views an import makes for itself; the groups belong to the data on screen. */
const leftovers = () =>
  db.query<{ name: string }>(`SELECT table_name AS name FROM duckdb_tables()
    WHERE table_name LIKE 'il\\_%' ESCAPE '\\'
      AND table_name NOT IN ('il_rep_groups', 'il_group_column')
    UNION ALL SELECT view_name FROM duckdb_views() WHERE view_name LIKE 'il\\_%' ESCAPE '\\'`);

/** Tables set aside while an import fitted its data (replaceData.ts). */
const setAside = () =>
  db.query<{ name: string }>(`SELECT table_name AS name FROM duckdb_tables()
    WHERE table_name LIKE 'il\\_prev\\_%' ESCAPE '\\'`);

/** A watch that asks to cancel at its `at`-th look (0: the first statement), and counts looks. */
function cancelAt(at: number): ImportWatch & { looks: number; steps: ImportStep[] } {
  return {
    looks: 0,
    steps: [],
    get cancelled() {
      this.looks += 1;
      return this.looks > at;
    },
    set cancelled(_) {},
    step(step) {
      this.steps.push(step);
    },
  };
}

/** The reps' fit, as an import of the user's file runs it (source.ts), on the watched db. */
const fit = async (watched: Db) => {
  await calibrate(watched);
  return [];
};

describe('cancelling an import', () => {
  it('a cancel at any statement, the fit included, leaves the previous data whole', async () => {
    const first = await loadCsvText(db, 'previous.csv', previousCsv());
    expect(first.ok).toBe(true);
    const [sales, groups] = [await salesRows(), await groupRows()];
    const report = await calibrate(db);
    // Independently of the import: 2 reps × Σ(100 + m, m < 14) = 2 × 1491.
    const [sum] = await db.query<{ s: number }>('SELECT sum(sales) AS s FROM sales');
    expect(sum.s).toBe(2982);

    // An uncancelled run counts the looks at the watch: one per cancellable statement.
    const full = cancelAt(Number.MAX_SAFE_INTEGER);
    const options = { skipBadRows: true, fit };
    const probe = await loadCsvText(db, 'next.csv', nextCsv, { ...options, watch: full });
    expect(probe.ok).toBe(true);
    expect(full.steps).toEqual(['reading', 'checking', 'cleaning', 'fitting']);
    expect(full.looks).toBeGreaterThan(10);
    await loadCsvText(db, 'previous.csv', previousCsv());

    let whileFitting = 0;
    for (let at = 0; at < full.looks; at += 1) {
      const watch = cancelAt(at);
      const outcome = await loadCsvText(db, 'next.csv', nextCsv, { ...options, watch });

      expect(outcome, `cancelled at look ${at}`).toEqual({
        ok: false,
        errors: [],
        cancelled: true,
      });
      if (watch.steps.at(-1) === 'fitting') whileFitting += 1;
      expect(await salesRows()).toEqual(sales);
      expect(await groupRows()).toEqual(groups);
      expect(await leftovers()).toEqual([]);
    }
    // The new sales, its groups' absence and every statement of the fit each had a cancel.
    expect(whileFitting).toBeGreaterThan(5);
    expect(await calibrate(db)).toEqual(report);

    // And the next import, not cancelled, goes through: Cy 50 and Di 70 (the refund, the bad row
    // and the total row are left out); the previous data's groups go with it.
    const again = await loadCsvText(db, 'next.csv', nextCsv, options);
    expect(again.ok).toBe(true);
    expect((await salesRows()).map((r) => [r.rep, r.sales])).toEqual([
      ['Cy', 50],
      ['Di', 70],
    ]);
    expect(await db.query(hasTableSql('il_rep_groups'))).toEqual([{ n: 0 }]);
    expect(await setAside()).toEqual([]);
  });

  it('a cancel as the reps begin to be fitted puts the previous data back', async () => {
    await loadCsvText(db, 'previous.csv', previousCsv());
    const [sales, groups] = [await salesRows(), await groupRows()];
    const watch: ImportWatch = {
      cancelled: false,
      step(step) {
        if (step === 'fitting') this.cancelled = true;
      },
    };
    const outcome = await loadCsvText(db, 'next.csv', nextCsv, { skipBadRows: true, fit, watch });

    expect(outcome).toEqual({ ok: false, errors: [], cancelled: true });
    expect(await salesRows()).toEqual(sales);
    expect(await groupRows()).toEqual(groups);
    expect(await leftovers()).toEqual([]);
  });

  it('a fit that fails puts the previous data back and the failure is thrown', async () => {
    await loadCsvText(db, 'previous.csv', previousCsv());
    const [sales, groups] = [await salesRows(), await groupRows()];
    const failing = async (watched: Db) => {
      await calibrate(watched);
      throw new Error('the fit failed');
    };

    await expect(
      loadCsvText(db, 'next.csv', nextCsv, { skipBadRows: true, fit: failing }),
    ).rejects.toThrow('the fit failed');
    expect(await salesRows()).toEqual(sales);
    expect(await groupRows()).toEqual(groups);
    expect(await setAside()).toEqual([]);
  });

  it('a first import cancelled while fitting leaves no sales table behind', async () => {
    const fresh = await openNodeDb();
    const watch: ImportWatch = {
      cancelled: false,
      step(step) {
        if (step === 'fitting') this.cancelled = true;
      },
    };
    const outcome = await loadCsvText(fresh, 'previous.csv', previousCsv(), { fit, watch });

    expect(outcome).toEqual({ ok: false, errors: [], cancelled: true });
    const tables = await fresh.query<{ name: string }>(
      'SELECT table_name AS name FROM duckdb_tables() ORDER BY 1',
    );
    expect(tables.filter((t) => !t.name.startsWith('cal_'))).toEqual([]);
  });
});
