import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInProcess, scenarioFile } from './cliInProcess';
import { root } from './runSimulate';

const pharma = 'scenarios/pharma-2014.json';

/** Four quarters of one rep inline, paid by a pharma letter with the given quota and total. */
function letterScenario(quota: number[], statedTotal: number) {
  return {
    name: 'Letter',
    seed: 4,
    trials: 200,
    data: { source: 'reps', reps: [{ id: 'a', mean: [100, 110, 90, 100], sigma: 0.1 }] },
    schemes: [
      {
        kind: 'pharma-letter',
        id: 'letter',
        quota: { kind: 'fixed', values: quota },
        statedTotal,
        performancePay: { kind: 'fixed', values: 6 },
        periodsPerYear: 4,
      },
    ],
  };
}

/** One rep's monthly history from the built-in sample, beside the scenario: 12 periods. */
function monthlyHistory(besideScenario: string): string {
  const lines = readFileSync(join(root, 'static/sample/sales.csv'), 'utf8').split('\n');
  const alice = lines.filter((line, k) => k === 0 || line.startsWith('Alice Martin,'));
  const path = join(dirname(besideScenario), 'alice.csv');
  writeFileSync(path, `${alice.join('\n')}\n`);
  return path;
}

const totalWarnings = (stderr: string) =>
  stderr.split('\n').filter((line) => line.includes('statedTotal'));

describe('warnings of npm run simulate', () => {
  it('runCli warns once that the pharma letter total does not add up, in JSON too', async () => {
    const { code, stdout, stderr } = await cliInProcess(['--scenario', pharma, '--json']);

    expect(code).toBe(0);
    const warning =
      `${pharma}: schemes[0].statedTotal: the quota's 4 periods add up to 1600.022, but the ` +
      `stated total is 2000.022; the run uses the periods' own targets`;
    expect(stderr).toBe(`warning: ${warning}\n`);
    expect(JSON.parse(stdout).warnings).toEqual([warning]);
  });

  it('runCli refuses per-period values that do not fit the periods loaded', async () => {
    const path = scenarioFile(letterScenario([100, 110, 90, 100], 400));
    const csv = monthlyHistory(path);
    const { code, stdout, stderr } = await cliInProcess(['--scenario', path, '--data', csv]);

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `${path}: schemes[0].quota.values: expected 1 value or 12 (one per simulated period), ` +
        'saw 4\n',
    );
  });

  it('runCli checks a stated total against the periods loaded, not those of the file', async () => {
    // One quota value for every period: 4 inline quarters add up to 400, 12 months to 1200.
    const fits4 = scenarioFile(letterScenario([100], 400));
    const fits12 = scenarioFile(letterScenario([100], 1200));
    const csv4 = monthlyHistory(fits4);
    const csv12 = monthlyHistory(fits12);

    const inline4 = await cliInProcess(['--scenario', fits4, '--trials', '50']);
    const inline12 = await cliInProcess(['--scenario', fits12, '--trials', '50']);
    expect(totalWarnings(inline4.stderr)).toEqual([]);
    expect(totalWarnings(inline12.stderr)).toEqual([
      `warning: ${fits12}: schemes[0].statedTotal: the quota's 4 periods add up to 400, but ` +
        `the stated total is 1200; the run uses the periods' own targets`,
    ]);

    const loaded4 = await cliInProcess(['--scenario', fits4, '--data', csv4, '--trials', '50']);
    const loaded12 = await cliInProcess(['--scenario', fits12, '--data', csv12, '--trials', '50']);
    expect([loaded4.code, loaded12.code]).toEqual([0, 0]);
    expect(totalWarnings(loaded4.stderr)).toEqual([
      `warning: ${fits4}: schemes[0].statedTotal: the quota's 12 periods add up to 1200, but ` +
        `the stated total is 400; the run uses the periods' own targets`,
    ]);
    expect(totalWarnings(loaded12.stderr)).toEqual([]);
  });
});
