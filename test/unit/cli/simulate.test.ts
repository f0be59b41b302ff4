import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runSimulate } from './runSimulate';

/** Mean and sd of Z = t·min(X, 2Y − X) with Y lognormal (mean m, log-sd σ), X its median. */
function essayMoments(m: number, sigma: number, t: number) {
  const median = m * Math.exp((-sigma * sigma) / 2);
  const step = 1e-4;
  let first = 0;
  let second = 0;
  // Trapezoid over z in [−10, 10]; Y = median·exp(σz) with z standard normal.
  for (let z = -10; z <= 10; z += step) {
    const pay = t * median * Math.min(1, 2 * Math.exp(sigma * z) - 1);
    const weight = (Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI)) * step;
    first += pay * weight;
    second += pay * pay * weight;
  }
  return { mean: first, sd: Math.sqrt(second - first * first) };
}

function scenarioFile(dir: string, name: string, scenario: object): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(scenario));
  return path;
}

const twoSchemes = [
  { kind: 'self-set', id: 'self-set', rate: 0.05 },
  { kind: 'haggled-quota', id: 'quota', performancePayShare: 0.05 },
];

describe('npm run simulate', () => {
  it('simulate --json gives the reference lognormal payout 4.2074029 within 3 SE', async () => {
    const { code, stdout, stderr } = await runSimulate([
      '--scenario',
      'scenarios/reference-lognormal.json',
      '--json',
    ]);
    expect(code).toBe(0);

    // Warnings (the essay's rule rewards no sales above the target) are all stderr holds.
    const report = JSON.parse(stdout);
    expect(stderr).toBe(report.warnings.map((w: string) => `warning: ${w}\n`).join(''));
    const payout = report.schemes[0].payout;
    const exact = essayMoments(100, 0.2, 0.05);
    const se = exact.sd / Math.sqrt(report.trials);
    expect(exact.mean).toBeCloseTo(4.2074029, 6);
    expect(report.trials).toBe(200_000);
    expect(Math.abs(payout.mean - 4.2074029)).toBeLessThan(3 * se);
    // The standard error of a sample sd over 200,000 trials is far below 5%.
    expect(payout.se / se).toBeGreaterThan(0.95);
    expect(payout.se / se).toBeLessThan(1.05);
  });

  it('simulate prints the same JSON with --workers 1 and --workers 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'il-cli-'));
    const reps = [
      { id: 'a', mean: [100, 120, 90, 110], sigma: 0.2 },
      { id: 'b', mean: [300, 280, 310, 330], sigma: 0.45 },
    ];
    const path = scenarioFile(dir, 'two.json', {
      name: 'Two reps',
      seed: 42,
      trials: 2500,
      data: { source: 'reps', reps },
      schemes: twoSchemes,
    });

    const args = ['--scenario', path, '--json', '--seed', '9'];
    const [one, two] = await Promise.all([
      runSimulate([...args, '--workers', '1']),
      runSimulate([...args, '--workers', '2']),
    ]);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(two.stdout).toBe(one.stdout);

    const report = JSON.parse(one.stdout);
    expect([report.seed, report.trials, report.reps, report.periods]).toEqual([9, 2500, 2, 4]);
    expect(Object.keys(report.difference)).toEqual(['quota']);
    expect(report.difference.quota.baseline).toBe('self-set');
  });

  it('simulate exits 2 with one line naming the field of a bad scenario', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'il-cli-'));
    const path = scenarioFile(dir, 'bad.json', {
      name: 'Bad',
      seed: 1,
      trials: 100,
      data: { source: 'reps', reps: [{ id: 'a', mean: 100, sigma: 0.2 }] },
      schemes: [{ kind: 'self-set', id: 'essay', rate: 'five percent' }],
    });

    const { code, stdout, stderr } = await runSimulate(['--scenario', path, '--json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toEqual([expect.stringMatching(/bad\.json: schemes\[0\]\.rate: .*five percent/)]);
  });

  it('simulate exits 2 naming a history in which no rep has positive sales', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'il-cli-'));
    const rows = ['A', 'B'].flatMap((rep) =>
      [1, 2, 3, 4, 5, 6].map((m) => `${rep},2024-0${m}-15,${rep === 'A' ? 0 : -40}`),
    );
    const history = join(dir, 'zeros.csv');
    writeFileSync(history, ['rep,date,sales', ...rows, ''].join('\n'));

    const args = ['--scenario', 'scenarios/essay-vs-haggling.json', '--data', history];
    const { code, stdout, stderr } = await runSimulate([...args, '--trials', '100']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/zeros\.csv: no rep has any positive sales to simulate/),
    ]);
  });

  it('simulate calibrates a CSV the scenario names relative to itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'il-cli-'));
    const sample = readFileSync(join(root, 'static/sample/sales.csv'), 'utf8').split('\n');
    const alice = sample.filter((line, k) => k === 0 || line.startsWith('Alice Martin,'));
    writeFileSync(join(dir, 'history.csv'), `${alice.join('\n')}\n`);
    const path = scenarioFile(dir, 'file.json', {
      name: 'One rep from a file',
      seed: 3,
      trials: 500,
      data: { source: 'file', path: 'history.csv' },
      schemes: twoSchemes,
    });

    const { code, stdout } = await runSimulate(['--scenario', path, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.reps).toBe(1);
    expect(report.schemes[0].sales.mean).toBeGreaterThan(0);
  });

  it('simulate prints a table for the default scenario on the built-in sample', async () => {
    const args = ['--scenario', 'scenarios/essay-vs-haggling.json', '--trials', '200'];
    const { code, stdout } = await runSimulate(args);
    expect(code).toBe(0);

    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Self-set targets vs. a haggled quota');
    expect(lines[1]).toMatch(/^seed 20261204 · 200 trials · \d+ reps × \d+ periods$/);
    expect(lines.some((line) => line.startsWith('self-set − haggled-quota'))).toBe(true);
  });
});
