import { describe, expect, it } from 'vitest';
import { jsonReport } from '../../../src/cli/jsonReport';
import { tableReport } from '../../../src/cli/tableReport';
import { textTable } from '../../../src/cli/textTable';
import { makePlan, runInProcess } from '../../../src/lib/engine';
import { testReps, testSchemes } from '../workers/fixtures';

const reps = testReps();
const plan = makePlan({ seed: 5, trials: 300, schemes: testSchemes() }, reps);
const summary = runInProcess(plan, reps, 'quota');

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
  });

  it('jsonReport keys the paired differences by scheme id, without the baseline itself', () => {
    const report = jsonReport(summary);
    const diff = summary.differences[0];

    expect(Object.keys(report.difference)).toEqual(['essay']);
    expect(report.difference.essay.baseline).toBe('quota');
    expect(report.difference.essay.payout).toEqual({ mean: diff.payout.mean, se: diff.payout.se });
  });
});

describe('tableReport', () => {
  it('tableReport shows the run, a row per scheme and a row per difference', () => {
    const lines = tableReport(summary, 'Test run').split('\n');

    expect(lines[0]).toBe('Test run');
    expect(lines[1]).toBe('seed 5 · 300 trials · 3 reps × 4 periods');
    expect(lines.filter((line) => /^(essay|quota) +[\d,.]+ ± /.test(line))).toHaveLength(2);
    expect(lines.some((line) => line.startsWith('essay − quota'))).toBe(true);
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
});
