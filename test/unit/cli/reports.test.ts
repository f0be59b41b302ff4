import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { costTable } from '../../../src/cli/costTable';
import { deductionTable } from '../../../src/cli/deductionTable';
import { amount, withSe } from '../../../src/cli/format';
import { jsonReport } from '../../../src/cli/jsonReport';
import { tableReport } from '../../../src/cli/tableReport';
import { textTable } from '../../../src/cli/textTable';
import {
  makePlan,
  normalCdf,
  parseScenario,
  repsFromScenario,
  runInProcess,
} from '../../../src/lib/engine';
import type { Scheme } from '../../../src/lib/engine/types';
import { testReps, testSchemes } from '../workers/fixtures';

const reps = testReps();
const plan = makePlan({ seed: 5, trials: 300, schemes: testSchemes() }, reps);
const summary = runInProcess(plan, reps, 'quota');

const menu: Scheme = {
  kind: 'linear-menu',
  id: 'menu',
  label: 'Menu',
  options: [{ fixed: 1, rate: 0.04 }],
};
const withMenuPlan = makePlan({ seed: 5, trials: 300, schemes: [...testSchemes(), menu] }, reps);
const withMenu = runInProcess(withMenuPlan, reps, 'quota');

/** The pharma letter of 2014 on its own inline rep, at the scenario's seed and trials. */
function pharmaSummary(choose = (schemes: Scheme[]) => schemes) {
  const read = parseScenario(readFileSync('scenarios/pharma-2014.json', 'utf8'), 'pharma');
  const data = read.ok ? read.scenario.data : undefined;
  if (!read.ok || data?.source !== 'reps') throw new Error('pharma-2014 lists no reps');
  const { scenario } = read;
  const letterReps = repsFromScenario(data);
  const { seed, trials, schemes } = scenario;
  const letterPlan = makePlan({ seed, trials, schemes: choose(schemes) }, letterReps);
  return runInProcess(letterPlan, letterReps, scenario.baseline);
}

describe('jsonReport', () => {
  it('jsonReport keeps every number bit for bit through JSON text', () => {
    const parsed = JSON.parse(JSON.stringify(jsonReport(summary)));
    const essay = summary.schemes[0];

    expect([parsed.seed, parsed.trials]).toEqual([5, 300]);
    expect(parsed.schemes.map((s: { id: string }) => s.id)).toEqual(['essay', 'quota']);
    expect(Object.is(parsed.schemes[0].payout.mean, essay.payout.mean)).toBe(true);
    expect(Object.is(parsed.schemes[0].payout.p95, essay.payout.p95)).toBe(true);
    expect(Object.is(parsed.schemes[0].targetBias.se, essay.targetBias.se)).toBe(true);
    expect(parsed.schemes[0].hitRate).toEqual({ mean: essay.hitRate.mean, se: essay.hitRate.se });
    expect(parsed.schemes[0].targetWithin).toEqual(essay.targetWithin);
    expect(parsed.schemes[0].targetWithin.mean).toBeGreaterThan(0);
  });

  it('jsonReport keys the paired differences by scheme id, without the baseline itself', () => {
    const report = jsonReport(summary);
    const diff = summary.differences[0];

    expect(Object.keys(report.difference)).toEqual(['essay']);
    expect(report.difference.essay.baseline).toBe('quota');
    expect(report.difference.essay.payout).toEqual({ mean: diff.payout.mean, se: diff.payout.se });
  });

  it('jsonReport gives null, not NaN, for accuracy and hit rate of a scheme without target', () => {
    const report = jsonReport(withMenu, ['a warning']);
    const row = report.schemes[2];

    expect([row.id, row.kind]).toEqual(['menu', 'linear-menu']);
    expect([row.targetMape, row.targetBias, row.hitRate, row.targetWithin]).toEqual([
      { mean: null, se: null },
      { mean: null, se: null },
      { mean: null, se: null },
      { mean: null, se: null },
    ]);
    expect(report.difference.menu.targetMape).toEqual({ mean: null, se: null });
    expect(report.difference.menu.targetWithin).toEqual({ mean: null, se: null });
    expect(report.warnings).toEqual(['a warning']);
    expect(report.behaviour).toBeNull();
  });
});

describe('tableReport', () => {
  it('tableReport shows the run, a row per scheme and a row per difference', () => {
    const lines = tableReport(summary, 'Test run').split('\n');

    expect(lines[0]).toBe('Test run');
    expect(lines[1]).toBe('seed 5 · 300 trials · 3 reps × 4 periods');
    const schemeTable = lines.slice(3, lines.indexOf('', 3));
    expect(schemeTable.filter((line) => /^(essay|quota) +[\d,.]+ ± /.test(line))).toHaveLength(2);
    expect(lines.some((line) => line.startsWith('essay − quota'))).toBe(true);
    expect(lines.some((line) => line.startsWith('cost and events'))).toBe(true);
  });

  it('tableReport shows – where a scheme without target has no MAPE, bias or hit rate', () => {
    const lines = tableReport(withMenu, 'Menu run').split('\n');
    const cells = (id: string) =>
      lines.filter((line) => line.startsWith(id)).map((line) => line.split(/ {2,}/));

    expect(lines.join('\n')).not.toContain('NaN');
    expect(cells('menu ')[0].slice(-3)).toEqual(['–', '–', '–']);
    expect(cells('menu − quota')[0].slice(-2)).toEqual(['–', '–']);
    expect(
      cells('essay ')[0]
        .slice(-3)
        .every((cell) => /%$/.test(cell)),
    ).toBe(true);
  });
});

describe('costTable', () => {
  it('costTable lists each letter event per rep-year under its cost (pay + expenses)', () => {
    const letterRun = pharmaSummary();
    const letter = letterRun.schemes[0];
    const rows = costTable([letter, summary.schemes[0]])
      .split('\n')
      .map((line) => line.split(/ {2,}/));

    expect(rows[0]).toEqual([
      'cost and events',
      'cost (mean ± se)',
      'counted event',
      'per rep-year',
    ]);
    expect(rows.slice(1).map((row) => row.length)).toEqual([4, 3, 3]);
    expect([rows[1][2], rows[2][1], rows[3]]).toEqual([
      'Job review',
      'Receivables target missed',
      ['essay', expect.stringMatching(/ ± /), '–'],
    ]);

    // The letter's expense budget of 129.997 a year is paid beside pay (one year simulated).
    expect(letter.cost!.mean - letter.payout.mean).toBeCloseTo(129.997, 9);
    const cost = Number(rows[1][1].split(' ± ')[0].replace(/,/g, ''));
    expect(cost).toBeCloseTo(letter.cost!.mean, 1);

    // Collections are lognormal (mean 125, log-sd 0.1) against a target of 118: missed with
    // probability Φ((ln 118 − ln 125 + 0.1²/2) / 0.1), once a year.
    const missed = Number(rows[2][2].split(' ± ')[0]);
    const p = normalCdf((Math.log(118) - Math.log(125) + 0.005) / 0.1);
    const se = Math.sqrt((p * (1 - p)) / letterRun.trials);
    expect(Math.abs(missed - p)).toBeLessThan(4 * se);
  });
});

describe('deductionTable', () => {
  it('deductionTable lists the fines a letter takes from pay, and nothing for other schemes', () => {
    const letterRun = pharmaSummary();
    const rows = deductionTable(letterRun)
      .split('\n')
      .map((line) => line.split(/ {2,}/));
    const fines = letterRun.schemes[0].deductions?.[0];

    expect(rows[0]).toEqual([
      'taken from pay',
      'what',
      'per horizon (mean ± se)',
      'difference (same draws)',
    ]);
    // The letter is its own baseline: no difference.
    expect(rows.slice(1)).toEqual([['letter', 'Fines', withSe(fines!.amount, amount), '–']]);
    expect(deductionTable(summary)).toBe('');
    // A second letter with the same duties takes the same fines on the same draws.
    const twice = pharmaSummary((schemes) => [schemes[0], { ...schemes[0], id: 'copy' }]);
    expect(deductionTable(twice).split('\n')[2].split(/ {2,}/)).toEqual([
      'copy',
      'Fines',
      withSe(twice.schemes[1].deductions![0].amount, amount),
      '0 ± 0',
    ]);
    // --json keeps them at full precision.
    const json = JSON.parse(JSON.stringify(jsonReport(letterRun)));
    expect(json.schemes[0].deductions).toEqual([
      { id: 'fines', label: 'Fines', amount: { mean: fines!.amount.mean, se: fines!.amount.se } },
    ]);
  });
});

describe('textTable', () => {
  it('textTable pads the first column right and the others left', () => {
    expect(
      textTable([
        ['a', '1'],
        ['bbb', '22'],
      ]),
    ).toBe('a     1\nbbb  22');
  });

  it('textTable pads the columns it is told to left-align on the right', () => {
    const rows = [
      ['a', 'x', '1'],
      ['bbb', 'yyy', '22'],
    ];
    expect(textTable(rows, [0, 1])).toBe('a    x     1\nbbb  yyy  22');
  });
});
