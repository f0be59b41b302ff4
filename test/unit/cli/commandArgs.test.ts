import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runScript } from './runSimulate';

describe("the package's other commands read their options strictly", () => {
  it('prints the usage and exits 0 on --help, before any benchmark runs', async () => {
    const { code, stdout, stderr } = await runScript('bench', ['--help']);

    expect(code).toBe(0);
    expect(stdout.trim()).toBe(
      'usage: npm run bench [-- --json] [--trials N] [--seed N] [--rounds N]',
    );
    expect(stderr).toBe('');
  });

  it('names an unknown option with the usage and exits 2, leaving the sample files alone', async () => {
    const files = ['static/sample/sales.csv', 'static/sample/calibration.json'];
    const written = files.map((file) => statSync(resolve(root, file)).mtimeMs);
    const { code, stdout, stderr } = await runScript('sample', ['--bogus']);

    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--bogus'");
    expect(stderr).toContain('usage: npm run sample');
    expect(stdout).toBe('');
    expect(files.map((file) => statSync(resolve(root, file)).mtimeMs)).toEqual(written);
  });

  it('refuses an option given twice and a stray argument', async () => {
    const twice = await runScript('bench:import', ['--rows', '10', '--rows', '20']);
    const stray = await runScript('build:wasm', ['now']);

    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('--rows is given more than once');
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain("Unexpected argument 'now'");
  });

  it('refuses counts that are not positive integers and a folder without a build', async () => {
    for (const args of [
      ['--rows', 'abc'],
      ['--rows', '0'],
      ['--rows', '-3'],
      ['--steps', 'x'],
    ]) {
      const { code, stdout, stderr } = await runScript('bench:import', args);
      expect(code).toBe(2);
      expect(stderr.trim()).toBe('--rows and --steps need positive integers');
      expect(stdout).toBe('');
    }
    const missing = await runScript('bench:import', ['--dir', '/nonexistent']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(
      '--dir: no build at /nonexistent (run npx vite build first)',
    );
  });
});
