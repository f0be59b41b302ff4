import { inEnglish } from './inEnglish';
import { noteText } from '$lib/data/dataNote';
import { beforeAll, describe, expect, it } from 'vitest';
import { calibrate } from '../../../src/lib/data/calibrate';
import { SIGMA_PRIOR_DOF } from '../../../src/lib/data/constants';
import type { Db } from '../../../src/lib/data/db';
import { loadCsvText } from '../../../src/lib/data/load';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { mulberry32, normalFrom } from '../../../src/lib/data/sample/random';
import type { CalibrationResult } from '../../../src/lib/data/types';
import { referenceMonthly, tauOfMonth, type MonthRow } from './referenceCalibration';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

/** Monthly rows from January 2023, one rep's sales per month, as a CSV and as parsed rows. */
function history(series: Record<string, number[]>): { text: string; rows: MonthRow[] } {
  const rows: MonthRow[] = Object.entries(series).flatMap(([rep, ys]) =>
    ys.map((sales, i) => ({ rep, m: 2023 * 12 + i, sales, target: null })),
  );
  const month = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  const lines = rows.map((r) => `${r.rep},${month(r.m)},${r.sales}`);
  return { text: ['rep,month,sales', ...lines].join('\n'), rows };
}

async function calibrateText(text: string): Promise<CalibrationResult> {
  const loaded = await loadCsvText(db, 'ramp.csv', text);
  if (!loaded.ok) throw new Error(loaded.errors.map(noteText).join('\n'));
  return calibrate(db);
}

const noise = normalFrom(mulberry32(16));
const months = (count: number, mean: (i: number) => number, sigma = 0.05) =>
  Array.from({ length: count }, (_, i) => Math.round(mean(i) * Math.exp(sigma * noise())));

const rampWarnings = (result: CalibrationResult) =>
  result.report.warnings.filter((m) => m.code === 'rampUp' || m.code === 'rampUpFirst');

describe('calibrate on a history where a new rep ramps up', () => {
  // Three steady reps, and R3 hired as the history starts, ramping up over six months.
  const ramp = [1_000, 5_000, 10_000, 20_000, 30_000, 40_000];
  const series = {
    R0: months(24, () => 50_000),
    R1: months(24, () => 50_000),
    R2: months(24, () => 50_000),
    R3: [...ramp, ...months(18, () => 50_000)],
  };
  const steady = series.R3.slice(6).reduce((a, b) => a + b, 0) / 18;
  let result: CalibrationResult;

  beforeAll(async () => {
    result = await calibrateText(history(series).text);
  });

  it('calibrate leaves the ramp-up out of the fit and fits the level to the steady sales', () => {
    const r3 = result.reps.find((r) => r.id === 'R3')!;
    expect(r3.historyPeriods).toBe(18);
    for (const mean of r3.mean) expect(Math.abs(mean / steady - 1)).toBeLessThan(0.15);
  });

  it('calibrate finds no strong trend and no season in a ramp-up then steady sales', async () => {
    const [fit] = await db.query<{ g: number }>("SELECT g FROM cal_fit WHERE rep = 'R3'");
    expect(Math.abs(fit.g)).toBeLessThan(0.05);
    for (const f of result.report.seasonal!) expect(Math.abs(f - 1)).toBeLessThan(0.05);
  });

  it('calibrate warns, naming the rep and the periods it left out', () => {
    expect(rampWarnings(result)).toEqual([
      {
        code: 'rampUp',
        params: { rep: 'R3', count: 6, first: '2023-01', last: '2023-06' },
      },
    ]);
  });

  it('calibrate still shows every period of the rep in its history', () => {
    const points = result.histories.find((h) => h.id === 'R3')!.points;
    expect(points.map((p) => p.sales)).toEqual(series.R3);
    expect(points[0].period).toBe('2023-01');
  });
});

describe('calibrate on steady, trending and seasonal reps', () => {
  // Three years from January, with no rep hired late: none of these is a ramp-up.
  const season = [0.4, 1.2, 1.2, 1.2];
  const series = {
    Steady: months(36, () => 50_000, 0.1),
    Trend: months(36, (i) => 20_000 * Math.exp((0.3 * i) / 12), 0.1),
    Tripling: months(36, (i) => 1_000 * 3 ** (i / 12), 0.1),
    Seasonal: months(36, (i) => 50_000 * season[Math.floor((i % 12) / 3)], 0.1),
  };
  const { text, rows } = history(series);
  const reference = referenceMonthly(rows, SIGMA_PRIOR_DOF);
  let result: CalibrationResult;

  beforeAll(async () => {
    result = await calibrateText(text);
  });

  it('calibrate leaves no period out and gives no ramp-up warning', () => {
    expect(rampWarnings(result)).toEqual([]);
    for (const rep of result.reps) expect(rep.historyPeriods).toBe(36);
  });

  it('calibrate fits every rep as the independent computation without ramp-ups does', () => {
    for (const ref of reference.reps) {
      const rep = result.reps.find((r) => r.id === ref.rep)!;
      expect(rep.sigma).toBeCloseTo(ref.sigma, 9);
      rep.mean.forEach((mean, h) => {
        const m = 2026 * 12 + h;
        const growth = Math.exp(ref.g * (tauOfMonth(m) - ref.tauBar));
        const expected = ref.level * ref.factors[Math.floor((m % 12) / 3)] * growth;
        expect(Math.abs(mean / expected - 1)).toBeLessThan(1e-9);
      });
    }
  });

  it('calibrate keeps the trend of a rep that grows over its whole history', async () => {
    const fits = await db.query<{ rep: string; g: number }>('SELECT rep, g FROM cal_fit');
    const g = (rep: string) => fits.find((f) => f.rep === rep)!.g;
    expect(g('Tripling')).toBeGreaterThan(0.8);
    expect(g('Trend')).toBeGreaterThan(0.15);
  });
});

describe('calibrate on a rep whose first month is a partial one', () => {
  it('calibrate leaves out that one month and says so with the singular message', async () => {
    const series = {
      A: months(24, () => 50_000),
      B: months(24, () => 50_000),
      New: [8_000, ...months(23, () => 50_000)],
    };
    const result = await calibrateText(history(series).text);

    expect(rampWarnings(result)).toMatchObject([
      { code: 'rampUpFirst', params: { rep: 'New', first: '2023-01' } },
    ]);
    expect(result.reps.find((r) => r.id === 'New')!.historyPeriods).toBe(23);
  });
});

describe('calibrate by quarter on a history where a new rep ramps up', () => {
  it('calibrate names the quarters it left out', async () => {
    const series = {
      A: months(36, () => 50_000),
      B: months(36, () => 50_000),
      New: [...months(3, () => 2_000), ...months(3, () => 15_000), ...months(30, () => 50_000)],
    };
    const loaded = await loadCsvText(db, 'ramp.csv', history(series).text);
    if (!loaded.ok) throw new Error(loaded.errors.map(noteText).join('\n'));
    const result = await calibrate(db, { quarters: { fiscalStart: 1 } });

    expect(rampWarnings(result)).toMatchObject([
      { code: 'rampUp', params: { rep: 'New', count: 2, first: '2023-Q1', last: '2023-Q2' } },
    ]);
    expect(result.reps.find((r) => r.id === 'New')!.historyPeriods).toBe(10);
    expect(result.histories.find((h) => h.id === 'New')!.points).toHaveLength(12);
  });
});
