import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePlan } from '$lib/engine/plan';
import { repsFromScenario } from '$lib/engine/repsFromScenario';
import { runInProcess } from '$lib/engine/runInProcess';
import { checkSchemes, parseScenario } from '$lib/engine/scenario';
import type { RepModel, Scenario } from '$lib/engine/types';
import { rep } from './helpers';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json'));

function load(file: string): { scenario: Scenario; warnings: string[] } {
  const path = `scenarios/${file}`;
  const result = parseScenario(readFileSync(path, 'utf8'), path);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
}

/** Inline reps as given; for history files, three monthly reps stand in for the calibration. */
function repsOf(scenario: Scenario): RepModel[] {
  if (scenario.data.source === 'reps') return repsFromScenario(scenario.data);
  const months = (level: number) => Array.from({ length: 12 }, (_, m) => level * (1 + m / 100));
  return [
    rep('a', months(40_000), 0.2),
    rep('b', months(70_000), 0.3),
    rep('c', months(120_000), 0.5),
  ];
}

describe('shipped scenarios', () => {
  it('the library ships both letters and the scheme library', () => {
    expect(files).toEqual(
      expect.arrayContaining(['pharma-2014.json', 'condiment-2010.json', 'scheme-library.json']),
    );
  });

  for (const file of files) {
    it(`${file} loads, validates and runs every scheme with finite results`, () => {
      const { scenario } = load(file);
      const reps = repsOf(scenario);
      expect(checkSchemes(scenario.schemes, reps[0].mean.length).errors).toEqual([]);
      const plan = makePlan({ seed: scenario.seed, trials: 300, schemes: scenario.schemes }, reps);
      const summary = runInProcess(plan, reps, scenario.baseline);
      expect(summary.schemes.map((s) => s.id)).toEqual(scenario.schemes.map((s) => s.id));
      for (const s of summary.schemes) {
        expect(Number.isFinite(s.payout.mean) && Number.isFinite(s.payout.se)).toBe(true);
        for (const event of s.events ?? []) expect(event.perRepYear.mean).toBeGreaterThanOrEqual(0);
      }
    });
  }

  it('pharma-2014.json warns that its quarters add up to 1600.022, not the stated 2000.022', () => {
    const { scenario, warnings } = load('pharma-2014.json');
    expect(warnings).toEqual([
      "scenarios/pharma-2014.json: schemes[0].statedTotal: the quota's 4 periods add up to " +
        "1600.022, but the stated total is 2000.022; the run uses the periods' own targets",
    ]);
    const letter = scenario.schemes[0];
    expect(letter.kind === 'pharma-letter' && letter.quota).toEqual({
      kind: 'fixed',
      values: [405, 495, 495, 205.022],
    });
  });

  it('pharma-2014.json keeps the letter own numbers: fines, 0.5% excess, review, budget', () => {
    const letter = load('pharma-2014.json').scenario.schemes[0];
    if (letter.kind !== 'pharma-letter') throw new Error('expected the letter first');
    expect(letter.excessRate).toBe(0.005);
    expect(letter.fines.map((f) => f.amount)).toEqual([0.005, 0.005, 0.005, 0.05]);
    expect(letter.review).toEqual({ periods: 4, penalty: 0 });
    expect(letter.receivables?.target).toBe(118);
    expect(letter.expenseBudget).toBe(129.997);
  });

  it('condiment-2010.json keeps the letter per-case commissions and its two-month rules', () => {
    const letter = load('condiment-2010.json').scenario.schemes[0];
    if (letter.kind !== 'condiment-letter') throw new Error('expected the letter first');
    // Sales are in yuan at the file's example price of 100 yuan a case.
    expect(letter.skus.map((s) => Math.round(s.commissionPerCase * 100 * 1e9) / 1e9)).toEqual([
      2, 4, 6, 5,
    ]);
    expect([letter.settleEvery, letter.demotion.periods]).toEqual([2, 2]);
    expect(letter.fines.map((f) => f.amount)).toEqual([10, 5, 10]);
    expect(
      letter.skus.every((s) => s.target.kind === 'fixed' && s.target.values.length === 12),
    ).toBe(true);
  });

  it('the descriptions of both letters say which values are examples', () => {
    for (const file of ['pharma-2014.json', 'condiment-2010.json']) {
      expect(load(file).scenario.description).toMatch(/Example values, not in the letter/);
    }
  });
});
