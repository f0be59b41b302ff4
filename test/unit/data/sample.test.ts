import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SIGMA_PRIOR_DOF } from '../../../src/lib/data/constants';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import {
  SAMPLE_MONTHS,
  SAMPLE_SEASON,
  makeSample,
  type Sample,
} from '../../../src/lib/data/sample/makeSampleCsv';
import { loadSampleText } from '../../../src/lib/data/source';
import type { CalibrationResult } from '../../../src/lib/data/types';

const committed = readFileSync(
  new URL('../../../static/sample/sales.csv', import.meta.url),
  'utf8',
);

describe('makeSample', () => {
  const sample: Sample = makeSample();
  const rows = committed
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [rep, month, sales, target] = line.split(',');
      return { rep, month, sales: Number(sales), target: Number(target) };
    });

  it('makeSample with its seed writes exactly the committed static/sample/sales.csv', () => {
    expect(sample.csv).toBe(committed);
    expect(makeSample(1).csv).not.toBe(committed);
  });

  it('makeSample writes about 30 reps over 2023-01..2025-12, a few with Chinese names', () => {
    const reps = new Set(rows.map((r) => r.rep));
    expect(reps.size).toBe(30);
    expect([...reps].filter((name) => /[\u4e00-\u9fff]/.test(name)).length).toBeGreaterThan(2);
    expect(rows[0].month).toBe('2023-01');
    expect(
      rows
        .map((r) => r.month)
        .sort()
        .at(-1),
    ).toBe('2025-12');
  });

  it('makeSample lets three or four reps join late with only a few months of history', () => {
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.rep, (counts.get(r.rep) ?? 0) + 1);
    const late = [...counts.values()].filter((n) => n < SAMPLE_MONTHS);
    expect(late.length).toBeGreaterThanOrEqual(3);
    expect(late.length).toBeLessThanOrEqual(4);
    expect(Math.max(...late)).toBeLessThan(12);
  });

  it('makeSample draws month-to-month CVs between 0.1 and 0.3 and uneven levels', () => {
    const cvs = sample.reps.map((r) => Math.sqrt(Math.exp(r.sigma ** 2) - 1));
    expect(Math.min(...cvs)).toBeGreaterThanOrEqual(0.1);
    expect(Math.max(...cvs)).toBeLessThanOrEqual(0.3);
    const levels = sample.reps.map((r) => r.level);
    expect(Math.max(...levels) / Math.min(...levels)).toBeGreaterThan(3);
  });

  it('makeSample sets targets below sales overall, as haggled targets are', () => {
    const sales = rows.reduce((a, r) => a + r.sales, 0);
    const targets = rows.reduce((a, r) => a + r.target, 0);
    expect(targets / sales).toBeLessThan(0.97);
    expect(targets / sales).toBeGreaterThan(0.8);
  });
});

describe('loadSampleText', () => {
  const truth = makeSample().reps;
  let result: CalibrationResult;

  beforeAll(async () => {
    result = await loadSampleText(await openNodeDb(), committed);
  });

  it('loadSampleText fits all 30 reps by month and marks the late joiners thin', () => {
    expect(result.report.grain).toBe('month');
    expect(result.reps).toHaveLength(30);
    const late = truth.filter((r) => r.start > SAMPLE_MONTHS - 12).map((r) => r.name);
    expect(
      result.reps
        .filter((r) => r.thin)
        .map((r) => r.id)
        .sort(),
    ).toEqual(late.sort());
  });

  it('loadSampleText recovers the seasonal factors within four standard errors', () => {
    // ln f̂_q averages about N_q rep-months of log noise: se ≈ sqrt(mean σ² / N_q).
    const full = truth.filter((r) => r.start === 0);
    const meanVar = full.reduce((a, r) => a + r.sigma ** 2, 0) / full.length;
    const se = Math.sqrt(meanVar / (full.length * 9));

    SAMPLE_SEASON.forEach((f, q) => {
      expect(Math.abs(Math.log(result.report.seasonal![q] / f))).toBeLessThan(4 * se);
    });
  });

  it('loadSampleText recovers volatilities: mean z-score within four standard errors', () => {
    // Moderated s̃² has mean (d·σ² + d0·s0²)/(d + d0) and sd d/(d + d0)·σ²·sqrt(2/d).
    const full = truth.filter((r) => r.start === 0);
    const d = SAMPLE_MONTHS - 1;
    const fitted = full.map((r) => result.reps.find((m) => m.id === r.name)!.sigma ** 2);
    const s0 = full.reduce((a, r) => a + r.sigma ** 2, 0) / full.length;
    const z = full.map((r, i) => {
      const mean = (d * r.sigma ** 2 + SIGMA_PRIOR_DOF * s0) / (d + SIGMA_PRIOR_DOF);
      const sd = (d / (d + SIGMA_PRIOR_DOF)) * r.sigma ** 2 * Math.sqrt(2 / d);
      return (fitted[i] - mean) / sd;
    });
    const meanZ = z.reduce((a, b) => a + b, 0) / z.length;
    expect(Math.abs(meanZ)).toBeLessThan(4 / Math.sqrt(z.length));
  });
});
