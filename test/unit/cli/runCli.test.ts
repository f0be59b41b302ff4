import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';

/** Runs the CLI in this process, collecting what it writes. */
async function run(args: string[]) {
  const out = { stdout: '', stderr: '', progress: [] as number[] };
  const code = await runCli(args, {
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
    onProgress: (done) => out.progress.push(done),
  });
  return { code, ...out };
}

const reference = 'scenarios/reference-lognormal.json';

describe('runCli', () => {
  it('runCli refuses a missing scenario file with one line and exit code 2', async () => {
    const { code, stdout, stderr } = await run(['--scenario', 'scenarios/no-such-file.json']);

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('scenarios/no-such-file.json: cannot read the scenario (no such file)\n');
  });

  it('runCli lists every bad option and points to --help', async () => {
    const { code, stderr } = await run(['--scenario', reference, '--seed=-1', '--workers', 'x']);

    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^--seed must be a whole number .*"-1"$/),
      expect.stringMatching(/^--workers must be a whole number .*"x"$/),
      'Run with --help to see the options.',
    ]);
  });

  it('runCli prints the usage on --help and exits 0', async () => {
    const { code, stdout } = await run(['--help']);

    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run simulate -- --scenario FILE/);
  });

  it('runCli refuses a --data CSV with a bad value, naming row and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'il-cli-'));
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, 'rep,month,sales\nA,2023-01,12x\nA,2023-02,5\n');
    const { code, stdout, stderr } = await run(['--scenario', reference, '--data', csv]);

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/bad\.csv: row 2, column "sales": cannot read "12x"/);
  });

  it('runCli fits a --data file of two months given as YYYY-MM by month, not by day', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'il-cli-'));
    const csv = join(dir, 'm2.csv');
    writeFileSync(
      csv,
      'rep,month,sales\nA,2024-01,100\nB,2024-01,50\nA,2024-02,110\nB,2024-02,55\n',
    );
    const { code, stdout, stderr } = await run([
      '--scenario',
      reference,
      '--data',
      csv,
      '--trials',
      '200',
    ]);

    expect(code).toBe(0);
    expect(stdout + stderr).not.toMatch(/fitted by (day|week)/);
    expect(stdout + stderr).toContain(
      'The history spans 2 months: too short for seasonal factors.',
    );
  });

  it('runCli refuses a --data file that does not exist', async () => {
    const { code, stderr } = await run(['--scenario', reference, '--data', 'nowhere.csv']);

    expect(code).toBe(2);
    expect(stderr).toBe('nowhere.csv: cannot read the data (no such file)\n');
  });

  it('runCli overrides the seed and trials and reports progress to the last block', async () => {
    const args = ['--scenario', reference, '--seed', '17', '--trials', '1000', '--json'];
    const { code, stdout, progress } = await run([...args, '--workers', '1']);

    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ seed: 17, trials: 1000, reps: 1, periods: 1 });
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
