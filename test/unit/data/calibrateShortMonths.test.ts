import { noteText } from '$lib/data/dataNote';
import { beforeAll, describe, expect, it } from 'vitest';
import { calibrate } from '../../../src/lib/data/calibrate';
import type { Db } from '../../../src/lib/data/db';
import { loadCsvText } from '../../../src/lib/data/load';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import type { CalibrationResult } from '../../../src/lib/data/types';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

async function calibrateText(text: string): Promise<CalibrationResult> {
  const loaded = await loadCsvText(db, 'short.csv', text);
  if (!loaded.ok) throw new Error(loaded.errors.map(noteText).join('\n'));
  return calibrate(db);
}

/** `YYYY-MM` of the month `i` months after January 2024. */
const monthOf = (i: number) => new Date(Date.UTC(2024, i, 1)).toISOString().slice(0, 7);

/** The last day of that month, as a month-end quota file dates it. */
const monthEndOf = (i: number) => new Date(Date.UTC(2024, i + 1, 0)).toISOString().slice(0, 10);

function monthlyCsv(months: number, dateOf: (i: number) => string): string {
  const lines = ['rep,month,sales'];
  for (let i = 0; i < months; i++) lines.push(`A,${dateOf(i)},${100 + i}`, `B,${dateOf(i)},50`);
  return lines.join('\n');
}

describe('calibrate on a few months of monthly history', () => {
  for (const months of [2, 3, 5, 6]) {
    it(`calibrate fits ${months} months given as YYYY-MM by month, one period each`, async () => {
      const result = await calibrateText(monthlyCsv(months, monthOf));

      expect(result.report).toMatchObject({
        grain: 'month',
        periods: months,
        firstPeriod: '2024-01',
        lastPeriod: monthOf(months - 1),
      });
      expect(result.report.horizon[0]).toBe(monthOf(months));
      expect(result.histories.find((h) => h.id === 'A')!.points.map((p) => p.sales)).toEqual(
        Array.from({ length: months }, (_, i) => 100 + i),
      );
      // B sells 50 every month, so its monthly mean is 50 at every future month.
      for (const mean of result.reps.find((r) => r.id === 'B')!.mean) {
        expect(mean).toBeCloseTo(50, 9);
      }
    });
  }

  it('calibrate fits three months dated on their last days by month', async () => {
    const result = await calibrateText(monthlyCsv(3, monthEndOf));

    expect(result.report).toMatchObject({ grain: 'month', periods: 3, lastPeriod: '2024-03' });
  });

  it('calibrate still fits a true daily file of two months by week', async () => {
    const lines = ['rep,date,sales'];
    for (let d = 0; d < 60; d++) {
      const day = new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
      lines.push(`A,${day},10`);
    }
    const result = await calibrateText(lines.join('\n'));

    expect(result.report.grain).toBe('week');
  });

  it('calibrate still fits a daily file of one month by day, even one that starts on a 1st', async () => {
    const lines = ['rep,date,sales', 'A,2024-01-01,5', 'A,2024-01-02,6', 'A,2024-02-01,7'];
    const result = await calibrateText(lines.join('\n'));

    expect(result.report.grain).toBe('day');
  });
});
