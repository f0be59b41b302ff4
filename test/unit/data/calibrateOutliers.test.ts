import { noteText } from '$lib/data/dataNote';
import { beforeAll, describe, expect, it } from 'vitest';
import { calibrate } from '../../../src/lib/data/calibrate';
import type { Db } from '../../../src/lib/data/db';
import { loadCsvText } from '../../../src/lib/data/load';
import { openNodeDb } from '../../../src/lib/data/nodeDb';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

const MONTHS = 25;

/** Two reps over 25 months, sales within ±20% of their level; `slips` overrides some months. */
function history(
  slips: Record<string, number> = {},
): { rep: string; month: string; sales: number }[] {
  const rows = [];
  for (const [r, rep] of ['Ana', 'Bo'].entries()) {
    for (let m = 0; m < MONTHS; m++) {
      const month = new Date(Date.UTC(2022, m, 1)).toISOString().slice(0, 7);
      const usual = (2000 + 1000 * r) * (0.8 + 0.4 * (((m * 7 + r * 3) % 11) / 10));
      rows.push({ rep, month, sales: slips[`${rep} ${month}`] ?? Math.round(usual) });
    }
  }
  return rows;
}

async function warnings(rows: ReturnType<typeof history>): Promise<string[]> {
  const text = ['rep,month,sales', ...rows.map((r) => `${r.rep},${r.month},${r.sales}`)];
  const loaded = await loadCsvText(db, 'history.csv', text.join('\n'));
  if (!loaded.ok) throw new Error(loaded.errors.map(noteText).join('\n'));
  return (await calibrate(db)).report.warnings.map(noteText);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[(sorted.length - 1) / 2];
}

describe('calibrate on a history with a slip of the keyboard in it', () => {
  it('names the periods far from their rep’s median, the farthest first, with that median', async () => {
    const rows = history({ 'Ana 2022-07': 24_000, 'Bo 2023-03': 150 });
    const usual = (rep: string) => median(rows.filter((r) => r.rep === rep).map((r) => r.sales));
    const shown = (value: number) => Math.round(value).toLocaleString('en-US');

    const notes = (await warnings(rows)).filter((w) => w.includes('usual sales'));

    expect(notes).toEqual([
      "2 rep-periods sold far from their rep's usual sales (its median in brackets) and pull " +
        'the fitted level and volatility; check them in the file: ' +
        `"Bo 2023-03: 150 (${shown(usual('Bo'))})", "Ana 2022-07: 24,000 (${shown(usual('Ana'))})"`,
    ]);
  });

  it('says nothing of a history whose months all stay near their rep’s usual sales', async () => {
    const notes = (await warnings(history())).filter((w) => w.includes('usual sales'));

    expect(notes).toEqual([]);
  });
});
