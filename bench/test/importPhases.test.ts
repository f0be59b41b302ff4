import { describe, expect, it } from 'vitest';
import { phasesOf, phaseSum, type Measure } from '../importPhases';

const call = (name: string, start: number, duration: number, part = ''): Measure => ({
  name,
  start,
  duration,
  part,
});

describe("the import's phases", () => {
  const measures = [
    call('Import decode', 2, 5, 'page'),
    call('Import register', 10, 4, 'register'),
    call('Import read_csv', 14, 20),
    call('Import CREATE TEMP TABLE il_rows AS', 40, 30),
    call('Import rows', 70, 3, 'rows'),
    call('Import checks', 75, 10),
    call('Import CREATE TABLE sales AS', 85, 15),
    call('Import fit', 100, 12),
  ];
  const phases = new Map(phasesOf(measures, 0, 120));

  it('phasesOf files each call under the phase it belongs to, by its place after il_rows and sales', () => {
    expect(phases.get('page before DuckDB (all)')).toBe(10);
    expect(phases.get('page: Import decode')).toBe(5);
    expect(phases.get('register file')).toBe(4);
    expect(phases.get('read CSV')).toBe(20);
    expect(phases.get('parse into il_rows')).toBe(30);
    expect(phases.get('DuckDB answers to rows (page)')).toBe(3);
    expect(phases.get('checks and clean-up')).toBe(10);
    expect(phases.get('make sales')).toBe(15);
    expect(phases.get('calibration SQL')).toBe(12);
    // 34 → 40 and 73 → 75 lie between calls.
    expect(phases.get('page between calls')).toBe(8);
    expect(phases.get('after last call to result')).toBe(8);
  });

  it('phaseSum of calls that do not overlap is the time from confirm to result', () => {
    expect(phaseSum(phasesOf(measures, 0, 120))).toBe(120);
    expect(phaseSum(phasesOf(measures, -7, 200))).toBe(207);
  });

  it('phasesOf keeps only the page measures when DuckDB was never called', () => {
    expect(phasesOf([call('Import decode', 1, 3, 'page')], 0, 9)).toEqual([
      ['page: Import decode', 3],
    ]);
  });
});
