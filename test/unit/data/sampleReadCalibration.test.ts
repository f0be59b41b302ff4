import { describe, expect, it } from 'vitest';
import { readSampleCalibration } from '../../../src/lib/data/sample/readSampleCalibration';
import type { CalibrationResult } from '../../../src/lib/data/types';

/** A small calibration written by hand: two reps, a two-month horizon. */
function small(): CalibrationResult {
  const rep = (id: string, thin: boolean) => ({
    id,
    name: id.toUpperCase(),
    mean: [100, 120.5],
    sigma: 0.2,
    lastYear: [90, 110],
    historyPeriods: thin ? 3 : 24,
    thin,
  });
  const history = (id: string, thin: boolean) => ({
    id,
    name: id.toUpperCase(),
    points: [{ period: '2025-12', sales: 95, target: null, fitted: 101.25 }],
    mape: thin ? null : 0.1,
    bias: thin ? null : -0.05,
    thin,
  });
  return {
    reps: [rep('a', false), rep('b', true)],
    histories: [history('a', false), history('b', true)],
    report: {
      grain: 'month',
      reps: 2,
      periods: 24,
      rows: 27,
      firstPeriod: '2024-01',
      lastPeriod: '2025-12',
      horizon: ['2026-01', '2026-02'],
      seasonal: null,
      warnings: [{ code: 'noTrend', params: {} }],
    },
  };
}

/** `small()` changed by `edit`, as plain JSON would arrive. */
function edited(edit: (c: Record<string, any>) => void): unknown {
  const c = structuredClone(small()) as unknown as Record<string, any>;
  edit(c);
  return c;
}

describe('readSampleCalibration', () => {
  it('readSampleCalibration returns a well-formed calibration equal to its input', () => {
    expect(readSampleCalibration(structuredClone(small()))).toStrictEqual(small());
  });

  it('readSampleCalibration accepts quarterly seasonal factors and every grain', () => {
    for (const grain of ['quarter', 'month', 'week', 'day']) {
      const input = edited((c) => {
        c.report.grain = grain;
        c.report.seasonal = [0.9, 1, 1, 1.1];
      });
      expect(readSampleCalibration(input).report.grain).toBe(grain);
    }
  });

  it('readSampleCalibration refuses something that is not an object', () => {
    for (const input of [null, 'text', 3, [], undefined]) {
      expect(() => readSampleCalibration(input)).toThrow(/is not a calibration result/);
    }
  });

  const bad: [string, (c: Record<string, any>) => void, RegExp][] = [
    ['a missing report', (c) => delete c.report, /report:/],
    ['an unknown field', (c) => (c.reps[0].extra = 1), /reps\.0\.extra:/],
    ['a number written as text', (c) => (c.reps[1].sigma = '0.2'), /reps\.1\.sigma:/],
    ['a non-finite mean', (c) => (c.reps[0].mean[1] = Infinity), /reps\.0\.mean\.1:/],
    ['a missing last year', (c) => delete c.reps[1].lastYear, /reps\.1\.lastYear:/],
    ['a last year a period short', (c) => c.reps[0].lastYear.pop(), /lastYear must have one/],
    ['a negative volatility', (c) => (c.reps[0].sigma = -0.1), /reps\.0\.sigma:/],
    ['a fractional period count', (c) => (c.report.periods = 2.5), /report\.periods:/],
    ['an unknown grain', (c) => (c.report.grain = 'year'), /report\.grain:/],
    ['a target of the wrong type', (c) => (c.histories[0].points[0].target = 'x'), /target:/],
    ['a missing thin flag', (c) => delete c.histories[1].thin, /histories\.1\.thin:/],
    ['fewer reps than the report counts', (c) => (c.report.reps = 3), /report\.reps entries/],
    ['a mean longer than the horizon', (c) => c.reps[1].mean.push(1), /report\.horizon/],
    ['histories out of order', (c) => c.histories.reverse(), /order of reps/],
  ];

  for (const [what, edit, message] of bad) {
    it(`readSampleCalibration refuses ${what}, naming where`, () => {
      expect(() => readSampleCalibration(edited(edit))).toThrow(message);
    });
  }

  it('readSampleCalibration lists five problems and counts the rest', () => {
    const input = edited((c) => {
      for (const rep of c.reps) rep.mean = ['x', 'x', 'x'];
    });
    expect(() => readSampleCalibration(input)).toThrow(/; and \d+ more$/);
  });
});
