import type { ImportMessage } from '$lib/data/importMessages';
import { beforeAll, describe, expect, it } from 'vitest';
import { noteText } from '$lib/data/dataNote';
import { calibrate, type CalibrateOptions } from '../../../src/lib/data/calibrate';
import type { Db } from '../../../src/lib/data/db';
import { loadCsvText } from '../../../src/lib/data/load';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { mulberry32, normalFrom } from '../../../src/lib/data/sample/random';
import type { CalibrationResult } from '../../../src/lib/data/types';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

const noise = normalFrom(mulberry32(7));

/** `count` months from `first` (months since year 0) of sales around `level`, as CSV lines. */
function months(rep: string, first: number, count: number, level: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const m = first + i;
    const month = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    return `${rep},${month},${Math.round(level * Math.exp(0.1 * noise()))}`;
  });
}

const JAN_2023 = 2023 * 12;

// Two reps over 2023–2025, and the same file with a third whose rows cover 2024 only.
const stayers = [...months('A', JAN_2023, 36, 300_000), ...months('B', JAN_2023, 36, 150_000)];
const lina = months('Lina', JAN_2023 + 12, 12, 200_000);

async function calibrateLines(lines: string[], options?: CalibrateOptions) {
  const loaded = await loadCsvText(db, 'left.csv', ['rep,month,sales', ...lines].join('\n'));
  if (!loaded.ok) throw new Error(loaded.errors.map(noteText).join('\n'));
  return calibrate(db, options);
}

const messages = (result: CalibrationResult, code: string) =>
  result.report.warnings.filter((m): m is ImportMessage => m.code === code);

describe('calibrate on a rep whose rows stop a year before the data ends', () => {
  let without: CalibrationResult;
  let withLina: CalibrationResult;

  beforeAll(async () => {
    without = await calibrateLines(stayers);
    withLina = await calibrateLines([...stayers, ...lina]);
  });

  it('leaves the rep out of the simulated reps and of the histories', () => {
    expect(withLina.reps.map((r) => r.id)).toEqual(['A', 'B']);
    expect(withLina.histories.map((h) => h.id)).toEqual(['A', 'B']);
    expect(withLina.report.reps).toBe(2);
  });

  it('names the rep and the year it has no rows in, as a rep who has left', () => {
    const [left, ...more] = messages(withLina, 'repsLeft');
    expect(more).toEqual([]);
    expect(left?.params).toMatchObject({ count: 1, from: '2025-01', to: '2025-12' });
    expect(left?.params.reps).toEqual(['Lina']);
    expect(messages(without, 'repsLeft')).toEqual([]);
  });

  it('counts none of its missing months as zero sales', () => {
    const empty = withLina.report.warnings.map(noteText).filter((w) => w.includes('without sales'));
    expect(empty).toEqual([]);
  });

  it('fits the other reps as if the rep were not in the file', () => {
    withLina.reps.forEach((rep, i) => {
      const alone = without.reps[i];
      rep.mean.forEach((mean, h) => expect(mean).toBeCloseTo(alone.mean[h], 6));
      expect(rep.sigma).toBeCloseTo(alone.sigma, 9);
    });
  });

  it('still spans the whole file, the leaver’s periods included', () => {
    expect(withLina.report.firstPeriod).toBe('2023-01');
    expect(withLina.report.lastPeriod).toBe('2025-12');
    expect(withLina.report.periods).toBe(36);
  });
});

describe('calibrate on reps whose rows stop less than a year before the data ends', () => {
  it('keeps a rep with a row in the data’s last year, its later months as zeros', async () => {
    const lastJanuary = months('Late', JAN_2023 + 12, 13, 200_000);
    const result = await calibrateLines([...stayers, ...lastJanuary]);

    expect(result.reps.map((r) => r.id)).toEqual(['A', 'B', 'Late']);
    expect(messages(result, 'repsLeft')).toEqual([]);
    expect(result.report.warnings.map(noteText).join('\n')).toContain(
      '11 rep-periods without sales',
    );
  });
});

describe('calibrate by quarter on a rep whose rows stop a year before the data ends', () => {
  it('leaves the rep out and names the last four quarters by their labels', async () => {
    const result = await calibrateLines([...stayers, ...lina], { quarters: { fiscalStart: 1 } });

    expect(result.reps.map((r) => r.id)).toEqual(['A', 'B']);
    const [left] = messages(result, 'repsLeft');
    expect(left?.params).toMatchObject({ from: '2025-Q1', to: '2025-Q4', reps: ['Lina'] });
  });
});

describe('calibrate on a snapshot, each rep a single row dated when its record changed', () => {
  it('takes no rep to have left, however old its date', async () => {
    const snapshot = ['A,2010-12,559697', 'B,2011-05,3763178', 'C,2013-05,1352577'];
    const result = await calibrateLines(snapshot);

    expect(result.reps.map((r) => r.id)).toEqual(['A', 'B', 'C']);
    expect(messages(result, 'repsLeft')).toEqual([]);
  });
});
