import { noteText } from '$lib/data/dataNote';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { calibrate } from '../../../src/lib/data/calibrate';
import { FALLBACK_SIGMA, SIGMA_PRIOR_DOF } from '../../../src/lib/data/constants';
import type { Db } from '../../../src/lib/data/db';
import { loadCsvText } from '../../../src/lib/data/load';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import type { CalibrationResult } from '../../../src/lib/data/types';
import { referenceMonthly, tauOfMonth, type MonthRow } from './referenceCalibration';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

async function calibrateText(text: string): Promise<CalibrationResult> {
  const loaded = await loadCsvText(db, 'fixture.csv', text);
  if (!loaded.ok) throw new Error(loaded.errors.map(noteText).join('\n'));
  return calibrate(db);
}

function expectClose(actual: number, expected: number, rel = 1e-9) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(expected)));
}

describe('calibrate on two and a half years of monthly history', () => {
  const text = fixture('calib_monthly.csv');
  const rows: MonthRow[] = text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [rep, month, sales, target] = line.split(',');
      const [y, m] = month.split('-').map(Number);
      return {
        rep,
        m: y * 12 + m - 1,
        sales: Number(sales),
        target: target ? Number(target) : null,
      };
    });
  const reference = referenceMonthly(rows, SIGMA_PRIOR_DOF);
  let result: CalibrationResult;

  beforeAll(async () => {
    result = await calibrateText(text);
  });

  it('calibrate picks the monthly grain and a 12-month horizon after the last month', () => {
    expect(result.report).toMatchObject({
      grain: 'month',
      reps: 4,
      periods: 30,
      rows: rows.length,
      firstPeriod: '2022-01',
      lastPeriod: '2024-06',
    });
    expect(result.report.horizon[0]).toBe('2024-07');
    expect(result.report.horizon[11]).toBe('2025-06');
  });

  it('calibrate pools quarterly factors as an independent computation does', () => {
    reference.pooled.forEach((f, q) => expectClose(result.report.seasonal![q], f));
    expect(result.report.seasonal!.reduce((a, b) => a + b, 0)).toBeCloseTo(4, 12);
  });

  it('calibrate matches the independent sigma, level, season and trend of every rep', () => {
    for (const ref of reference.reps) {
      const rep = result.reps.find((r) => r.id === ref.rep)!;
      expectClose(rep.sigma, ref.sigma);
      expect(rep.historyPeriods).toBe(ref.n);

      rep.mean.forEach((mean, h) => {
        const m = 2024 * 12 + 6 + h;
        const growth = Math.exp(ref.g * (tauOfMonth(m) - ref.tauBar));
        expectClose(mean, ref.level * ref.factors[Math.floor((m % 12) / 3)] * growth);
      });
    }
  });

  it('calibrate gives own seasonal factors only to reps with two full years of sales', async () => {
    const own = await db.query<{ rep: string }>(
      'SELECT DISTINCT rep FROM cal_factor WHERE own ORDER BY rep',
    );
    expect(own.map((r) => r.rep)).toEqual(['A', 'B', 'C']);
    expect(reference.reps.filter((r) => r.ownSeason).map((r) => r.rep)).toEqual(['A', 'B', 'C']);
  });

  it('calibrate reports fitted values and past target accuracy per rep', () => {
    for (const ref of reference.reps) {
      const history = result.histories.find((h) => h.id === ref.rep)!;
      const own = rows.filter((r) => r.rep === ref.rep);
      expect(history.points.map((p) => p.sales)).toEqual(own.map((r) => r.sales));
      expect(history.points.map((p) => p.target)).toEqual(own.map((r) => r.target));

      history.points.forEach((point, i) => {
        const m = own[i].m;
        const growth = Math.exp(ref.g * (tauOfMonth(m) - ref.tauBar));
        expectClose(point.fitted, ref.level * ref.factors[Math.floor((m % 12) / 3)] * growth);
      });
      if (ref.mape === null) expect(history.mape).toBeNull();
      else expectClose(history.mape!, ref.mape);
      if (ref.bias === null) expect(history.bias).toBeNull();
      else expectClose(history.bias!, ref.bias);
    }
  });

  it('calibrate marks the rep with five months thin and gives it the population trend', () => {
    const thin = result.reps.filter((r) => r.thin).map((r) => r.id);
    expect(thin).toEqual(['D']);

    const refD = reference.reps.find((r) => r.rep === 'D')!;
    const others = reference.reps.filter((r) => r.rep !== 'D');
    expect(others.some((r) => Math.abs(r.g - refD.g) > 1e-3)).toBe(true);
    expect(result.report.warnings.map(noteText).join(' ')).toContain(
      '1 rep has fewer than 12 periods with sales and borrows volatility',
    );
  });

  it('calibrate gives each rep the sales of the same month a year before each simulated one', () => {
    for (const rep of result.reps.filter((r) => r.id !== 'D')) {
      const seen = rep.lastYear!.map((_, h) => {
        const m = 2024 * 12 + 6 + h - 12;
        return rows.find((r) => r.rep === rep.id && r.m === m)!.sales;
      });
      expect(rep.lastYear).toEqual(seen);
      // A seasonal history: last year's months differ from the last month's sales.
      const lastMonth = rows.filter((r) => r.rep === rep.id).at(-1)!.sales;
      expect(seen.some((x) => x !== lastMonth)).toBe(true);
    }
  });

  it('calibrate takes the fitted sales a year before where the history does not go back', () => {
    const ref = reference.reps.find((r) => r.rep === 'D')!;
    const d = result.reps.find((r) => r.id === 'D')!;
    let fitted = 0;
    d.lastYear!.forEach((value, h) => {
      const m = 2024 * 12 + 6 + h - 12;
      const row = rows.find((r) => r.rep === 'D' && r.m === m);
      if (row !== undefined) {
        expect(value).toBe(row.sales);
        return;
      }
      // tau of the simulated month less one year, as calibrate takes it.
      fitted++;
      const growth = Math.exp(ref.g * (tauOfMonth(m + 12) - 1 - ref.tauBar));
      expectClose(value, ref.level * ref.factors[Math.floor((m % 12) / 3)] * growth);
    });
    // D's five months of history are the year's last five; the seven before come from the fit.
    expect(fitted).toBe(7);
  });
});

describe('calibrate shrinkage on eight months (no season, no trend)', () => {
  const series: Record<string, number[]> = {
    L1: [100, 110, 95, 105, 102, 98, 108, 97],
    L2: [50, 47, 55, 52, 49, 51, 53, 48],
    L3: [200, 190, 215, 205, 198, 210, 195, 202],
    T: [100, 300, 50],
    S: [80],
  };
  const lines = ['rep,month,sales'];
  for (const [rep, ys] of Object.entries(series)) {
    const start = 8 - ys.length;
    ys.forEach((y, i) => lines.push(`${rep},2024-0${start + i + 1},${y}`));
  }
  let result: CalibrationResult;

  beforeAll(async () => {
    result = await calibrateText(lines.join('\n'));
  });

  const ssOf = (ys: number[]) => {
    const logs = ys.map(Math.log);
    const mu = logs.reduce((a, b) => a + b, 0) / logs.length;
    return logs.reduce((a, x) => a + (x - mu) ** 2, 0);
  };
  const pooled = () => {
    const reps = Object.values(series).filter((ys) => ys.length > 1);
    const ss = reps.reduce((a, ys) => a + ssOf(ys), 0);
    return ss / reps.reduce((a, ys) => a + ys.length - 1, 0);
  };

  it('calibrate pulls a thin rep’s volatility from its own towards the population', () => {
    const t = result.reps.find((r) => r.id === 'T')!;
    const own = Math.sqrt(ssOf(series.T) / 2);
    const expected = Math.sqrt(
      (ssOf(series.T) + SIGMA_PRIOR_DOF * pooled()) / (2 + SIGMA_PRIOR_DOF),
    );

    expect(t.thin).toBe(true);
    expectClose(t.sigma, expected);
    expect(t.sigma).toBeLessThan(own);
    expect(t.sigma).toBeGreaterThan(Math.sqrt(pooled()));
  });

  it('calibrate gives a rep with a single month the pooled volatility', () => {
    expectClose(result.reps.find((r) => r.id === 'S')!.sigma, Math.sqrt(pooled()));
  });

  it('calibrate keeps a thin rep’s own level: the mean of its months', () => {
    const t = result.reps.find((r) => r.id === 'T')!;
    for (const mean of t.mean) expectClose(mean, 150);
  });

  it('calibrate says why it fitted no seasonality and no trend', () => {
    const text = result.report.warnings.map(noteText).join(' ');
    expect(result.report.seasonal).toBeNull();
    expect(text).toContain('too short for seasonal factors');
    expect(text).toContain('trends are 0');
  });
});

describe('calibrate on twelve days of orders', () => {
  let result: CalibrationResult;

  beforeAll(async () => {
    result = await calibrateText(fixture('calib_daily.csv'));
  });

  // Days present in the file (03-06 has no rows at all) and each rep's daily totals.
  const days = [1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12];
  const totals: Record<string, number[]> = {
    X: [12, 15, 13, 14, 11, 13, 16, 10, 12, 15, 11],
    Y: [30, 25, 41, 28, 35, 33, 27, 0, 36, 29, 31],
    Z: [7, 9],
  };

  it('calibrate fits by day when the history spans less than six weeks', () => {
    expect(result.report).toMatchObject({ grain: 'day', periods: 12, reps: 3 });
    expect(result.report.horizon).toEqual(['2024-03-13', '2024-03-14', '2024-03-15', '2024-03-16']);
    expect(result.report.warnings.map(noteText).join(' ')).toContain(
      '1 of 12 periods has no rows at all',
    );
  });

  it('calibrate counts a rep’s empty day as zero but skips a day missing from the file', () => {
    for (const [rep, ys] of Object.entries(totals)) {
      const model = result.reps.find((r) => r.id === rep)!;
      const mean = ys.reduce((a, b) => a + b, 0) / ys.length;
      expect(model.historyPeriods).toBe(ys.length);
      for (const m of model.mean) expectClose(m, mean);
    }
    const points = result.histories.find((h) => h.id === 'X')!.points;
    expect(points.map((p) => Number(p.period.slice(-2)))).toEqual(days);
  });

  it('calibrate leaves zero days out of the log volatility', () => {
    const logsOf = (ys: number[]) => ys.filter((y) => y > 0).map(Math.log);
    const ss = (xs: number[]) => {
      const mu = xs.reduce((a, b) => a + b, 0) / xs.length;
      return xs.reduce((a, x) => a + (x - mu) ** 2, 0);
    };
    const parts = Object.values(totals).map((ys) => logsOf(ys));
    const s0 =
      parts.reduce((a, xs) => a + ss(xs), 0) / parts.reduce((a, xs) => a + xs.length - 1, 0);
    const y = logsOf(totals.Y);
    const expected = Math.sqrt((ss(y) + SIGMA_PRIOR_DOF * s0) / (y.length - 1 + SIGMA_PRIOR_DOF));

    expectClose(result.reps.find((r) => r.id === 'Y')!.sigma, expected);
    expect(result.reps.find((r) => r.id === 'Z')!.thin).toBe(true);
  });
});

describe('calibrate on eight weeks of daily sales', () => {
  it('calibrate fits by ISO week when the history spans six weeks to six months', async () => {
    const lines = ['rep,date,sales'];
    for (let d = 0; d < 56; d++) {
      const day = new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
      lines.push(`W,${day},10`, `V,${day},${d % 2 ? 4 : 6}`);
    }
    lines.push('Gone,2024-01-03,(5)');
    const result = await calibrateText(lines.join('\n'));

    expect(result.report).toMatchObject({ grain: 'week', periods: 8, reps: 2 });
    expect(result.report.horizon).toEqual(['2024-02-26', '2024-03-04', '2024-03-11', '2024-03-18']);
    expect(result.histories[0].points.map((p) => p.period).slice(0, 2)).toEqual([
      '2024-01-01',
      '2024-01-08',
    ]);
    // A week holds 7 days: W sells 70; V alternates 6 and 4 a day, 36 and 34 a week.
    const weekly: Record<string, number> = { W: 70, V: 35 };
    for (const rep of result.reps) for (const mean of rep.mean) expectClose(mean, weekly[rep.id]);
    expect(result.report.warnings.map(noteText).join(' ')).toContain(
      'Left out for having no net sales: "Gone".',
    );
  });
});

describe('calibrate when no rep has two periods with sales', () => {
  it('calibrate says the volatility is assumed, not borrowed, when no rep has two periods', async () => {
    const result = await calibrateText('rep,month,sales\nSolo,2024-01,100\nDuo,2024-01,80\n');
    const text = result.report.warnings.map(noteText).join('\n');

    for (const rep of result.reps) expect(rep.sigma).toBe(FALLBACK_SIGMA);
    expect(text).toContain(
      `No rep has two periods with sales, so the volatility of sales cannot be measured: every ` +
        `rep is simulated with an assumed log standard deviation of ${FALLBACK_SIGMA} a period`,
    );
    expect(text).not.toMatch(/borrow/);
  });

  it('calibrate says a thin rep borrows when another rep has a volatility to lend', async () => {
    const text = 'rep,month,sales\nA,2024-01,100\nA,2024-02,120\nA,2024-03,90\nB,2024-01,80\n';
    const warnings = (await calibrateText(text)).report.warnings.map(noteText).join('\n');

    expect(warnings).toContain('borrow volatility and trend from the others');
    expect(warnings).not.toContain('assumed log standard deviation');
  });
});

describe('calibrate on ten weeks of daily history', () => {
  it('calibrate takes the fitted sales a year before each simulated week, none being kept', async () => {
    const lines = ['rep,date,sales'];
    for (let d = 0; d < 70; d++) {
      const date = new Date(Date.UTC(2025, 0, 6 + d)).toISOString().slice(0, 10);
      lines.push(`A,${date},${100 + d + (d % 7) * 5}`, `B,${date},${60 + ((d * 7) % 11)}`);
    }
    const result = await calibrateText(lines.join('\n'));
    expect(result.report.grain).toBe('week');
    // Weeks fit neither a season nor a trend: the fit a year before is the week's mean.
    for (const rep of result.reps) expect(rep.lastYear).toEqual(rep.mean);
  });
});
