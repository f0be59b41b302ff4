/** Chromium's time from confirm to result, split by phase from the app's own measures. */

/** One user-timing measure of the app's import (src/lib/data/importTiming.ts). */
export interface Measure {
  name: string;
  start: number;
  duration: number;
  part: string;
}

/**
 * Splits the time from confirm to result into phases: the page's work before DuckDB (decoding
 * and checking the text, which have measures of their own), registering the file, DuckDB's read
 * of the CSV (with the macros and the row view), the parse into il_rows, the checks and clean-up
 * after it, making `sales`, calibration; each DuckDB answer's turning into rows on the page; the
 * page's time between calls (its own code and the trip to and from the worker); and what
 * follows the last call until the result shows.
 */
export function phasesOf(
  measures: Measure[],
  confirmed: number,
  shown: number,
): [string, number][] {
  const sums = new Map<string, number>();
  const add = (phase: string, ms: number) => sums.set(phase, (sums.get(phase) ?? 0) + ms);
  const calls = measures.filter((m) => m.part !== 'page').sort((a, b) => a.start - b.start);
  for (const m of measures.filter((m) => m.part === 'page')) add(`page: ${m.name}`, m.duration);
  if (calls.length === 0) return [...sums];
  add('page before DuckDB (all)', calls[0].start - confirmed);
  let phase = 'read CSV';
  let end = calls[0].start;
  for (const m of calls) {
    if (m.part === 'rows') {
      add('DuckDB answers to rows (page)', m.duration);
    } else if (m.part === 'register') {
      add('register file', m.duration);
    } else if (/TEMP TABLE il_rows AS/.test(m.name)) {
      add('parse into il_rows', m.duration);
      phase = 'checks and clean-up';
    } else if (/TABLE sales AS/.test(m.name)) {
      add('make sales', m.duration);
      phase = 'calibration SQL';
    } else {
      add(phase, m.duration);
    }
    if (m.start > end) add('page between calls', m.start - end);
    end = Math.max(end, m.start + m.duration);
  }
  add('after last call to result', shown - end);
  return [...sums];
}

/** The phases without the page's own measures, which lie inside 'page before DuckDB'. */
export function phaseSum(phases: [string, number][]): number {
  return phases.filter(([p]) => !p.startsWith('page: ')).reduce((sum, [, ms]) => sum + ms, 0);
}
