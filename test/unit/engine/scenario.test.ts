import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HAGGLING } from '$lib/engine/constants';
import { repsFromScenario } from '$lib/engine/repsFromScenario';
import { parseScenario } from '$lib/engine/scenario';
import type { ScenarioResult } from '$lib/engine/types';

const KINDS =
  '"self-set", "truth-telling", "haggled-quota", "bonus-grid", "pharma-letter", ' +
  '"condiment-letter", "commission-plan" or "linear-menu"';
const ORDER = 'or the rep gains by reporting as high or as low a target as it can';

const base = {
  name: 'test',
  seed: 1,
  trials: 100,
  data: { source: 'sample' },
  schemes: [{ kind: 'self-set', id: 'essay', rate: 0.05 }],
};

function errorsOf(result: ScenarioResult): string[] {
  return result.ok ? [] : result.errors;
}

function parse(overrides: Record<string, unknown>): ScenarioResult {
  return parseScenario({ ...base, ...overrides }, 's.json');
}

describe('parseScenario', () => {
  it('parseScenario reads scenarios/essay-vs-haggling.json as the default scenario', () => {
    const file = 'scenarios/essay-vs-haggling.json';
    const result = parseScenario(readFileSync(file, 'utf8'), file);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const s = result.scenario;
    expect([s.seed, s.trials, s.data, s.baseline]).toEqual([
      20261204,
      4000,
      { source: 'sample' },
      'haggled-quota',
    ]);
    expect(s.schemes).toEqual([
      {
        kind: 'truth-telling',
        id: 'self-set',
        label: 'self-set',
        alpha: 0,
        beta: 0.05,
        gamma: 0.1,
        floor: 'zero',
        basePay: 0,
      },
      {
        kind: 'haggled-quota',
        id: 'haggled-quota',
        label: 'haggled-quota',
        performancePayShare: 0.05,
        excessRate: 0.005,
        haggling: {
          repOpening: 0.2,
          bossOpening: 0.25,
          bossPower: 0.5,
          bossNoise: 0.15,
          growth: 0.05,
        },
      },
    ]);
  });

  it('parseScenario reads scenarios/reference-lognormal.json: one rep and period, no floor', () => {
    const file = 'scenarios/reference-lognormal.json';
    const result = parseScenario(readFileSync(file, 'utf8'), file);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const s = result.scenario;
    expect([s.seed, s.trials]).toEqual([1, 200_000]);
    expect(s.data).toEqual({
      source: 'reps',
      reps: [{ id: 'reference', name: 'Reference rep', mean: [100], sigma: 0.2 }],
    });
    expect(s.schemes[0]).toMatchObject({ alpha: 0, beta: 0.05, gamma: 0.1, floor: 'none' });
  });

  it('parseScenario names the field path, what it expected and the value it saw', () => {
    const schemes = [base.schemes[0], { kind: 'self-set', id: 'b', rate: 'abc' }];
    expect(errorsOf(parse({ schemes }))).toEqual([
      's.json: schemes[1].rate: expected a number ≥ 0, saw "abc"',
    ]);
    expect(errorsOf(parse({ seed: -1, trials: 2e6 }))).toEqual([
      's.json: seed: expected an integer ≥ 0, saw -1',
      's.json: trials: expected an integer from 1 to 1000000, saw 2000000',
    ]);
    expect(
      errorsOf(parse({ data: { source: 'reps', reps: [{ id: 'r', mean: 'x', sigma: 0.1 }] } })),
    ).toEqual([
      's.json: data.reps[0].mean: expected a number ≥ 0 or a non-empty list of numbers ≥ 0,' +
        ' saw "x"',
    ]);
  });

  it('parseScenario rejects unknown and missing fields and unknown kinds', () => {
    expect(errorsOf(parse({ colour: 'red' }))).toEqual([
      's.json: colour: unknown field, expected one of: ' +
        'name, description, currency, seed, trials, data, schemes, baseline, behaviour',
    ]);
    expect(errorsOf(parse({ schemes: [{ kind: 'self-set', id: 'a' }] }))).toEqual([
      's.json: schemes[0].rate: expected a value (the field is required), saw nothing',
    ]);
    expect(errorsOf(parse({ schemes: [{ kind: 'bonus', id: 'a' }] }))).toEqual([
      `s.json: schemes[0].kind: expected ${KINDS}, saw "bonus"`,
    ]);
    expect(errorsOf(parse({ data: 'sample' }))).toEqual([
      's.json: data: expected an object with source "sample", "file" or "reps", saw "sample"',
    ]);
    const haggling = { bossPower: 1.5 };
    const schemes = [{ kind: 'haggled-quota', id: 'q', performancePayShare: 0.05, haggling }];
    expect(errorsOf(parse({ schemes }))).toEqual([
      's.json: schemes[0].haggling.bossPower: expected a number from 0 to 1, saw 1.5',
    ]);
  });

  it('parseScenario does not take an array where an object belongs', () => {
    const haggling: number[] = [];
    const schemes = [[1], { kind: 'haggled-quota', id: 'q', performancePayShare: 0, haggling }];
    expect(errorsOf(parse({ schemes }))).toEqual([
      `s.json: schemes[0]: expected an object with kind ${KINDS}, saw [1]`,
      's.json: schemes[1].haggling: expected an object, saw []',
    ]);
  });

  it('parseScenario reports text that is not JSON, and a value that is not an object', () => {
    expect(errorsOf(parseScenario('{"name": ', 'bad.json'))[0]).toMatch(
      /^bad\.json: not valid JSON/,
    );
    expect(errorsOf(parseScenario('[1]', 'arr.json'))).toEqual([
      'arr.json: (scenario): expected an object, saw [1]',
    ]);
  });

  it('parseScenario rejects duplicate ids, an unknown baseline and rates out of order', () => {
    const schemes = [
      { kind: 'self-set', id: 'a', rate: 0.05 },
      { kind: 'truth-telling', id: 'a', alpha: 0.05, beta: 0.05, gamma: 0.04 },
    ];
    expect(errorsOf(parse({ schemes, baseline: 'z' }))).toEqual([
      's.json: schemes[1].id: expected an id not used by schemes[0], saw "a"',
      's.json: baseline: expected one of the scheme ids "a", saw "z"',
      `s.json: schemes[1].beta: expected a number > alpha (0.05), saw 0.05 (${ORDER})`,
      `s.json: schemes[1].gamma: expected a number > beta (0.05), saw 0.04 (${ORDER})`,
    ]);
  });

  it('parseScenario rejects inline reps with repeated ids or different numbers of periods', () => {
    const reps = [
      { id: 'r', mean: [1, 2], sigma: 0.1 },
      { id: 'r', mean: 3, sigma: 0.1 },
    ];
    expect(errorsOf(parse({ data: { source: 'reps', reps } }))).toEqual([
      's.json: data.reps[1].id: expected an id not used by data.reps[0], saw "r"',
      's.json: data.reps[1].mean: expected 2 periods like data.reps[0], saw 1',
    ]);
  });

  it('parseScenario never takes 0 as unset', () => {
    const schemes = [
      { kind: 'self-set', id: 'a', rate: 0, floor: 'deduct', basePay: 0 },
      {
        kind: 'haggled-quota',
        id: 'q',
        performancePayShare: 0,
        excessRate: 0,
        haggling: { bossNoise: 0, growth: 0, bossPower: 0 },
      },
    ];
    const result = parse({ schemes, seed: 0 });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const [a, q] = result.scenario.schemes;
    expect(result.scenario.seed).toBe(0);
    expect(a).toMatchObject({ beta: 0, gamma: 0, basePay: 0, floor: 'deduct' });
    expect(q).toMatchObject({ performancePayShare: 0, excessRate: 0 });
    expect(q.kind === 'haggled-quota' && q.haggling).toEqual({
      ...DEFAULT_HAGGLING,
      bossNoise: 0,
      growth: 0,
      bossPower: 0,
    });
  });

  it('parseScenario defaults to floor 0, 0.5% excess, default haggling, first baseline', () => {
    const schemes = [
      base.schemes[0],
      { kind: 'haggled-quota', id: 'q', label: 'Quota', performancePayShare: 0.05 },
    ];
    const result = parse({ schemes });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const [essay, q] = result.scenario.schemes;
    expect(result.scenario.baseline).toBe('essay');
    expect(essay).toMatchObject({ floor: 'zero', basePay: 0, label: 'essay' });
    expect(q).toMatchObject({ label: 'Quota', excessRate: 0.005, haggling: DEFAULT_HAGGLING });
  });

  it('parseScenario treats JSON text and an already parsed value alike', () => {
    expect(parseScenario(JSON.stringify(base), 'x.json')).toEqual(parseScenario(base, 'x.json'));
  });
});

describe('repsFromScenario', () => {
  it('repsFromScenario makes rep models whose means stand in for the sales they lack', () => {
    const reps = repsFromScenario({
      source: 'reps',
      reps: [{ id: 'r', mean: [5, 7], sigma: 0.2 }],
    });
    expect(reps).toEqual([
      {
        id: 'r',
        name: 'r',
        mean: [5, 7],
        sigma: 0.2,
        lastYear: [5, 7],
        historyPeriods: 0,
        thin: false,
      },
    ]);
  });
});
