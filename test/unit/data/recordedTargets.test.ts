import { beforeAll, describe, expect, it } from 'vitest';
import { noteText } from '$lib/data/dataNote';
import { calibrate } from '../../../src/lib/data/calibrate';
import type { Db } from '../../../src/lib/data/db';
import { loadCsvText } from '../../../src/lib/data/load';
import { openNodeDb } from '../../../src/lib/data/nodeDb';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

/** Two reps over 14 months; some months carry no target, one month sold nothing. */
function history(): { rep: string; month: string; sales: number; target: number | null }[] {
  const rows = [];
  for (const [r, rep] of ['Ana', 'Bo'].entries()) {
    for (let m = 0; m < 14; m++) {
      const month = new Date(Date.UTC(2023, m, 1)).toISOString().slice(0, 7);
      const sales = rep === 'Bo' && m === 5 ? 0 : 1000 * (r + 1) + 37 * ((m * 7 + r) % 11);
      const target = m % 4 === 3 ? null : 1000 * (r + 1) + 150 - 20 * m;
      rows.push({ rep, month, sales, target });
    }
  }
  return rows;
}

describe('calibrate on a history with recorded targets', () => {
  it('states their mean absolute error, bias and periods met as the simulation measures them', async () => {
    const rows = history();
    const text =
      'rep,month,sales,target\n' +
      rows.map((r) => `${r.rep},${r.month},${r.sales},${r.target ?? ''}`).join('\n');
    const loaded = await loadCsvText(db, 'targets.csv', text);
    if (!loaded.ok) throw new Error(loaded.errors.map(noteText).join('\n'));

    const { report } = await calibrate(db);

    const scored = rows.filter((r) => r.target !== null && r.sales > 0);
    const gaps = scored.map((r) => (r.target! - r.sales) / r.sales);
    const mape = gaps.reduce((a, g) => a + Math.abs(g), 0) / gaps.length;
    const bias = gaps.reduce((a, g) => a + g, 0) / gaps.length;
    const met = scored.filter((r) => r.sales >= r.target!).length;
    expect(met).toBeGreaterThan(0);
    expect(met).toBeLessThan(scored.length);
    const sign = bias >= 0 ? '+' : '−';
    expect(report.warnings.map(noteText)).toContain(
      `The targets recorded in the file missed sales by ${(100 * mape).toFixed(1)}% on average ` +
        `(the measure of the schemes' "Target error"; bias ${sign}${(100 * Math.abs(bias)).toFixed(1)}%, ` +
        `above zero when targets exceeded sales) and were met in ${met} of ${scored.length} ` +
        'rep-periods',
    );
  });

  it('says nothing of targets when the history has none', async () => {
    const text =
      'rep,month,sales\n' +
      history()
        .map((r) => `${r.rep},${r.month},${r.sales}`)
        .join('\n');
    const loaded = await loadCsvText(db, 'plain.csv', text);
    if (!loaded.ok) throw new Error(loaded.errors.map(noteText).join('\n'));

    const { report } = await calibrate(db);

    expect(report.warnings.map(noteText).filter((w) => w.includes('targets recorded'))).toEqual([]);
  });
});
