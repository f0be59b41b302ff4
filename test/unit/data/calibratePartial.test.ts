import { beforeAll, describe, expect, it } from 'vitest';
import { noteText } from '$lib/data/dataNote';
import { calibrate, type CalibrateOptions } from '../../../src/lib/data/calibrate';
import type { Db } from '../../../src/lib/data/db';
import { loadCsvText } from '../../../src/lib/data/load';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import type { CalibrationResult } from '../../../src/lib/data/types';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Three reps, one row a day from `from` to `to`, sales that wander but never slump. */
function daily(from: string, to: string): string {
  const lines = ['rep,date,sales'];
  for (const [r, rep] of ['Ana', 'Bo', 'Cy'].entries()) {
    for (let t = Date.parse(from); t <= Date.parse(to); t += DAY_MS) {
      const day = t / DAY_MS;
      lines.push(`${rep},${iso(t)},${1000 + 100 * r + 37 * ((day * 7 + r) % 13)}`);
    }
  }
  return lines.join('\n');
}

/** Two reps, one row a month from January 2023 for `months` months, with a yearly swing. */
function monthly(months: number): string {
  const lines = ['rep,month,sales'];
  for (const [r, rep] of ['Ana', 'Bo'].entries()) {
    for (let m = 0; m < months; m++) {
      const month = new Date(Date.UTC(2023, m, 1)).toISOString().slice(0, 7);
      lines.push(`${rep},${month},${20_000 + 5000 * r + 3000 * ((m % 12) % 4) + 211 * m}`);
    }
  }
  return lines.join('\n');
}

/** `monthly`, each month dated on its `day` (or its last day, when it is shorter). */
function monthlyOn(day: number, months: number): string {
  const [header, ...rows] = monthly(months).split('\n');
  return [
    header.replace('month', 'date'),
    ...rows.map((row) => {
      const [rep, month, sales] = row.split(',');
      const [y, m] = month.split('-').map(Number);
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      return `${rep},${month}-${String(Math.min(day, last)).padStart(2, '0')},${sales}`;
    }),
  ].join('\n');
}

async function fit(text: string, options: CalibrateOptions = {}): Promise<CalibrationResult> {
  const loaded = await loadCsvText(db, 'history.csv', text);
  if (!loaded.ok) throw new Error(loaded.errors.map(noteText).join('\n'));
  return calibrate(db, options);
}

/** Each rep's fitted value per period, the fit's level × season × trend made visible. */
function fitted(result: CalibrationResult): Map<string, number> {
  return new Map(
    result.histories.flatMap((h) => h.points.map((p) => [`${h.id} ${p.period}`, p.fitted])),
  );
}

function expectSameFit(partial: CalibrationResult, whole: CalibrationResult) {
  const cut = fitted(whole);
  for (const [key, value] of cut) expect(fitted(partial).get(key)).toBeCloseTo(value, 6);
  expect(partial.reps.map((rep) => rep.sigma)).toEqual(whole.reps.map((rep) => rep.sigma));
}

describe('calibrate on a history whose first or last period the data covers in part', () => {
  it('leaves out a last month exported on the 15th, says so, and fits as if cut at its start', async () => {
    const partial = await fit(daily('2023-01-01', '2024-06-15'));
    const whole = await fit(daily('2023-01-01', '2024-05-31'));

    expect(partial.report.grain).toBe('month');
    expect(partial.report.warnings.map(noteText)).toContain(
      '2024-06 is covered only up to 2024-06-15, 15 of its 30 days: it is left out of the fit ' +
        '(level, volatility, season and trend), where it would read as a slump, and still ' +
        'shown in the history',
    );
    expectSameFit(partial, whole);
    // The history still shows it, and the simulated year starts after it.
    expect(partial.histories[0].points.at(-1)?.period).toBe('2024-06');
    expect(partial.report.horizon[0]).toBe('2024-07');
  });

  it('leaves out a first month that starts on the 20th', async () => {
    const partial = await fit(daily('2023-01-20', '2024-06-30'));
    const whole = await fit(daily('2023-02-01', '2024-06-30'));

    expect(partial.report.warnings.map(noteText)).toContain(
      '2023-01 is covered only from 2023-01-20 on, 12 of its 31 days: it is left out of the ' +
        'fit (level, volatility, season and trend), where it would read as a slump, and still ' +
        'shown in the history',
    );
    expectSameFit(partial, whole);
  });

  it('leaves out a calendar quarter of which a file of months holds two', async () => {
    const partial = await fit(monthly(14), { quarters: { fiscalStart: 1 } });
    const whole = await fit(monthly(12), { quarters: { fiscalStart: 1 } });

    expect(partial.report.warnings.map(noteText)).toContain(
      '2024-Q1 is covered only up to 2024-02-29, 60 of its 91 days: it is left out of the fit ' +
        '(level, volatility, season and trend), where it would read as a slump, and still ' +
        'shown in the history',
    );
    expectSameFit(partial, whole);
  });

  it('names a part-covered quarter of a file of months in one note, not once per month', async () => {
    const partial = await fit(monthly(14), { quarters: { fiscalStart: 1 } });

    const notes = partial.report.warnings
      .map(noteText)
      .filter((w) => w.includes('is covered only'));
    expect(notes).toEqual([expect.stringMatching(/^2024-Q1 is covered only up to 2024-02-29/)]);
  });

  it('fits a file of months dated on one day of the month as the same months dated on the 1st', async () => {
    const first = await fit(monthly(24));
    for (const day of [15, 25, 30]) {
      const stamped = await fit(monthlyOn(day, 24));

      expect(stamped.report.grain).toBe('month');
      expect(stamped.report.warnings.map(noteText)).toEqual(first.report.warnings);
      expectSameFit(stamped, first);
      expect(stamped.report.horizon).toEqual(first.report.horizon);
    }
  });

  it('fits a short file of months dated on the 15th by month, as it does dated on the 1st', async () => {
    const stamped = await fit(monthlyOn(15, 4));

    expect(stamped.report.grain).toBe('month');
    expectSameFit(stamped, await fit(monthly(4)));
  });

  it('keeps a month that lacks only its last day, and whole months of a monthly file', async () => {
    const daysShort = await fit(daily('2023-01-01', '2024-06-29'));
    const months = await fit(monthly(14));

    for (const result of [daysShort, months]) {
      expect(
        result.report.warnings.map(noteText).filter((w) => w.includes('is covered only')),
      ).toEqual([]);
    }
  });
});
