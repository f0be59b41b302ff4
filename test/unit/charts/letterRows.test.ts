import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { letterRows, rowKey, tableRows } from '../../../src/lib/charts/outcomes/letterRows';
import { outcomeRows } from '../../../src/lib/charts/outcomes/rows';
import { z95 } from '../../../src/lib/charts/summary/rows';
import {
  blockCount,
  makePlan,
  parseScenario,
  repsFromScenario,
  selfSet,
  simulateBlock,
  summarize,
  type BlockResult,
  type PharmaLetterScheme,
  type Scheme,
} from '../../../src/lib/engine';
import { expectedFines } from '../../../src/lib/engine/schemes/fines';
import { DEFAULT_ECONOMICS, outcomes } from '../../../src/lib/engine/sweep';

function scenario(path: string) {
  const parsed = parseScenario(readFileSync(path, 'utf8'), path);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const { data } = parsed.scenario;
  if (data.source !== 'reps') throw new Error(`${path} lists no reps`);
  return { schemes: parsed.scenario.schemes, reps: repsFromScenario(data) };
}

/** A run as Compare makes it: the summary, and the outcomes from the same blocks. */
function run(path: string, schemes: Scheme[], baseline: string, trials = 3000) {
  const { reps } = scenario(path);
  const plan = makePlan({ seed: 31, trials, schemes }, reps);
  const blocks = Array.from({ length: blockCount(plan) }, (_, b) => simulateBlock(plan, b));
  const summary = summarize(plan, blocks, reps, baseline);
  const extra = outcomes(plan, blocks, baseline, DEFAULT_ECONOMICS);
  return { plan, blocks, summary, extra };
}

/** The mean over every trial of f(scheme's series, trial), added here, not by the engine. */
function trialMean(blocks: BlockResult[], f: (b: BlockResult, k: number) => number): number {
  let sum = 0;
  let n = 0;
  for (const b of blocks) {
    for (let k = 0; k < b.trials; k++, n++) sum += f(b, k);
  }
  return sum / n;
}

describe('letterRows', () => {
  const pharma = scenario('scenarios/pharma-2014.json');
  const letter = pharma.schemes[0] as PharmaLetterScheme;
  // Higher quotas miss more quarters, so reviews and their paired difference are not all 0.
  const harder: PharmaLetterScheme = {
    ...letter,
    id: 'harder',
    quota: { kind: 'fixed', values: [450, 550, 550, 230] },
    expenseBudget: 100,
  };
  const plain = { ...selfSet(0.05, 'none'), id: 'plain' };
  const { plan, blocks, summary, extra } = run(
    'scenarios/pharma-2014.json',
    [letter, harder, plain],
    'letter',
  );
  const rows = letterRows(summary, extra);
  const row = (key: string) => rows.find((r) => rowKey(r) === key);
  const periods = plan.periods;

  it('letterRows shows the other costs each horizon carries: the expense budget, 0 without', () => {
    const costs = row('otherCosts');
    const expected = [letter.expenseBudget, 100, 0].map((budget, s) => {
      // The engine's series: cost − payout, trial by trial.
      const series = trialMean(blocks, (b, k) => b.series[s].cost[k] - b.series[s].payout[k]);
      // One rep over `periods` quarters of a budget stated a year.
      expect(series).toBeCloseTo((budget * periods) / 4, 9);
      return series;
    });
    expect(costs?.cells.map((c) => c?.value)).toEqual(expected.map((v) => expect.closeTo(v, 9)));
    // A budget is the same in every trial: no Monte Carlo error.
    expect(costs?.cells.every((c) => Math.abs(c?.halfWidth ?? 1) < 1e-9)).toBe(true);
    expect(costs?.differences.map((d) => d?.value)).toEqual([
      expect.closeTo(((100 - letter.expenseBudget) * periods) / 4, 9),
      expect.closeTo((-letter.expenseBudget * periods) / 4, 9),
    ]);
  });

  it('letterRows puts profit at margin × sales − payout − other costs, on the figures shown', () => {
    const shown = tableRows(outcomeRows(summary, extra), rows);
    const value = (key: string, s: number) => shown.find((r) => rowKey(r) === key)?.cells[s];
    const delta = (key: string, d: number) => shown.find((r) => rowKey(r) === key)?.differences[d];
    for (let s = 0; s < summary.schemes.length; s++) {
      const [sales, payout, costs, profit] = ['sales', 'payout', 'otherCosts', 'profit'].map(
        (key) => value(key, s)?.value ?? Number.NaN,
      );
      const margin = DEFAULT_ECONOMICS.margin;
      expect(profit).toBeCloseTo(margin * sales - payout - costs, 6);
    }
    for (let d = 0; d < summary.differences.length; d++) {
      const [sales, payout, costs, profit] = ['sales', 'payout', 'otherCosts', 'profit'].map(
        (key) => delta(key, d)?.value ?? Number.NaN,
      );
      expect(profit).toBeCloseTo(DEFAULT_ECONOMICS.margin * sales - payout - costs, 6);
    }
  });

  it('letterRows counts every event per rep-year as the engine does, with its interval', () => {
    expect(rows.map(rowKey)).toEqual([
      'otherCosts',
      'deduction-fines',
      'event-review',
      'event-receivables-missed',
    ]);
    const events = plan.schemes[0].events;
    events.forEach((event, e) => {
      const r = row(`event-${event.id}`);
      const repYears = (plan.reps * periods) / event.periodsPerYear;
      const perRepYear = (s: number) =>
        trialMean(blocks, (b, k) => b.series[s].events[k * events.length + e] / repYears);
      expect(r?.cells[0]?.value).toBeCloseTo(perRepYear(0), 12);
      expect(r?.cells[1]?.value).toBeCloseTo(perRepYear(1), 12);
      const se = summary.schemes[0].events?.[e].perRepYear.se ?? Number.NaN;
      expect(r?.cells[0]?.halfWidth).toBeCloseTo(z95 * se, 12);
      // A scheme that counts no such event reads a dash, and so does its difference.
      expect(r?.cells[2]?.value).toBeNaN();
      expect(r?.differences[1]?.value).toBeNaN();
      // The harder letter's difference is paired on the same draws.
      expect(r?.differences[0]?.value).toBeCloseTo(perRepYear(1) - perRepYear(0), 12);
    });
    // Higher quotas miss more quarters in a row.
    expect(row('event-review')?.differences[0]?.value).toBeGreaterThan(0);
  });

  it('letterRows shows the fines each horizon takes off pay, paired on the same draws', () => {
    const fines = row('deduction-fines');
    // The engine's series, trial by trial: one fine total per trial for each letter.
    const perTrial = (s: number) => trialMean(blocks, (b, k) => b.series[s].deductions[k]);
    expect(fines?.kind).toBe('money');
    expect(fines?.cells[0]?.value).toBeCloseTo(perTrial(0), 12);
    expect(fines?.cells[1]?.value).toBeCloseTo(perTrial(1), 12);
    const se = summary.schemes[0].deductions?.[0].amount.se ?? Number.NaN;
    expect(fines?.cells[0]?.halfWidth).toBeCloseTo(z95 * se, 12);
    // The letter's fines in closed form: each rep-quarter Σ amount · E[count].
    const expected = plan.reps * periods * expectedFines(letter.fines);
    expect(Math.abs((fines?.cells[0]?.value ?? 0) - expected)).toBeLessThan(4 * se);
    // Both letters draw their duties from the same stream: the same fines, a difference of 0.
    expect(fines?.differences[0]?.value).toBeCloseTo(perTrial(1) - perTrial(0), 12);
    expect(fines?.cells[2]?.value).toBeNaN();
    expect(fines?.differences[1]?.value).toBeNaN();
  });

  it('tableRows puts the fines under the payout, other costs above profit, events last', () => {
    const order = tableRows(outcomeRows(summary, extra), rows).map(rowKey);
    expect(order.indexOf('deduction-fines')).toBe(order.indexOf('payout') + 1);
    expect(order.indexOf('otherCosts')).toBe(order.indexOf('profit') - 1);
    expect(order.slice(-2)).toEqual(['event-review', 'event-receivables-missed']);
  });

  it('letterRows leaves the other costs pending until the outcomes are computed', () => {
    expect(letterRows(summary, null)[0].cells).toEqual([null, null, null]);
  });

  it('letterRows shows no other costs for a letter without any, but its demotions', () => {
    const condiment = scenario('scenarios/condiment-2010.json');
    const [baseline, monthly] = condiment.schemes;
    const { summary: s, extra: x } = run(
      'scenarios/condiment-2010.json',
      [monthly, baseline],
      monthly.id,
      1000,
    );
    const shown = letterRows(s, x);
    expect(shown.map(rowKey)).toEqual(['deduction-fines', 'deduction-withheld', 'event-demotion']);
    for (const r of shown) {
      expect(r.cells[0]?.value).toBeNaN();
      expect(r.cells[1]?.value).toBeGreaterThan(0);
      expect(r.differences[0]?.value).toBeNaN();
    }
  });

  it('letterRows adds nothing for schemes that count nothing and cost only their pay', () => {
    const { summary: s, extra: x } = run('scenarios/pharma-2014.json', [plain], 'plain', 200);
    expect(letterRows(s, x)).toEqual([]);
  });
});
