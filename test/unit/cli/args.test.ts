import { describe, expect, it } from 'vitest';
import { parseArgs, usage } from '../../../src/cli/args';
import { dataUsage, importOptionSpec, parseDataArgs } from '../../../src/cli/dataArgs';
import { MAX_TRIALS } from '../../../src/lib/engine/constants';

describe('parseArgs', () => {
  it('parseArgs reads every option', () => {
    const argv = ['--scenario', 's.json', '--data', 'd.csv', '--seed', '0', '--trials', '500'];
    const parsed = parseArgs([...argv, '--workers', '2', '--no-behaviour', '--json']);

    expect(parsed).toEqual({
      ok: true,
      help: false,
      options: {
        scenario: 's.json',
        data: 'd.csv',
        seed: 0,
        trials: 500,
        workers: 2,
        noBehaviour: true,
        json: true,
      },
    });
  });

  it('parseArgs leaves out what was not given', () => {
    expect(parseArgs(['--scenario=x.json'])).toEqual({
      ok: true,
      help: false,
      options: { scenario: 'x.json', noBehaviour: false, json: false },
    });
  });

  it('parseArgs names each bad option on its own line', () => {
    const parsed = parseArgs(['--seed=-3', '--trials', '1e3', '--workers', '0']);

    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toHaveLength(4);
    expect(parsed.errors[0]).toMatch(/^--seed .*"-3"/);
    expect(parsed.errors[1]).toMatch(/^--trials .*"1e3"/);
    expect(parsed.errors[2]).toMatch(/^--workers .*"0"/);
    expect(parsed.errors[3]).toBe('--scenario FILE is required');
  });

  it('parseArgs refuses more trials than the engine allows', () => {
    const parsed = parseArgs(['--scenario', 's', '--trials', String(MAX_TRIALS + 1)]);
    expect(parsed.ok).toBe(false);
  });

  it('parseArgs reports an unknown option instead of ignoring it', () => {
    const parsed = parseArgs(['--scenario', 's', '--sede', '1']);

    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]).toContain('--sede');
  });

  it('parseArgs puts a problem Node words over several lines on one line', () => {
    const parsed = parseArgs(['--scenario', '--json']);

    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors).toEqual([expect.stringMatching(/^[^\n]*--scenario[^\n]*$/)]);
    }
  });

  it('parseArgs takes a negative number after an option as its value, checked as any other', () => {
    const parsed = parseArgs(['--scenario', 's', '--seed', '-1']);

    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toEqual([expect.stringMatching(/^--seed .*"-1"$/)]);
  });

  it('parseArgs refuses an option given twice instead of keeping the last', () => {
    const parsed = parseArgs(['--scenario', 's', '--trials', '10', '--trials', '20']);

    expect(parsed).toEqual({
      ok: false,
      errors: ['--trials is given more than once; give it once'],
    });
  });

  it('parseDataArgs refuses an option given twice and reads a dash-led column name', () => {
    const twice = parseDataArgs(['f.csv', '--period', 'month', '--period', 'year']);
    expect(twice).toEqual({
      ok: false,
      errors: ['--period is given more than once; give it once'],
    });

    const dashed = parseDataArgs(['f.csv', '--sales', '-amount']);
    expect(dashed.ok && !dashed.help && dashed.options.import.mapping?.sales).toBe('-amount');
  });

  it('parseArgs asks for help with --help', () => {
    expect(parseArgs(['--help'])).toEqual({ ok: true, help: true });
  });

  it('usage and dataUsage name every option they accept within 100 columns', () => {
    const simulateOptions = ['scenario', 'data', 'seed', 'trials', 'workers', 'no-behaviour'];
    const dataOptions = ['period', 'fiscal-start', 'json', 'help'];
    const imported = Object.keys(importOptionSpec);

    for (const [text, options] of [
      [usage, [...simulateOptions, 'json', 'help', ...imported]],
      [dataUsage, [...dataOptions, ...imported]],
    ] as const) {
      for (const option of options) expect(text).toMatch(new RegExp(`^  --${option}\\b`, 'm'));
      expect(text.split('\n').filter((line) => line.length > 100)).toEqual([]);
    }
  });

  it('parseArgs and parseDataArgs accept the examples their usage shows', () => {
    const examples = (text: string, command: string) =>
      text
        .split('\n')
        .filter((line) => line.startsWith(`  npm run ${command} -- `))
        .map((line) => line.replace(`  npm run ${command} -- `, '').split(' '));

    expect(examples(usage, 'simulate').map((argv) => parseArgs(argv).ok)).toEqual([
      true,
      true,
      true,
    ]);
    expect(examples(dataUsage, 'data').map((argv) => parseDataArgs(argv).ok)).toEqual([
      true,
      true,
      true,
    ]);
  });
});
