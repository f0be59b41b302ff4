import { describe, expect, it } from 'vitest';
import { DEFAULT_ECONOMICS } from '../../../src/lib/engine/sweep';
import type {
  HaggledQuotaScheme,
  Haggling,
  Scheme,
  TruthTellingScheme,
} from '../../../src/lib/engine/types';
import { parseScenario } from '../../../src/lib/engine/scenario';
import { applySettings, isValid, settingsFrom } from '../../../src/lib/state/settings';

const haggling: Haggling = {
  repOpening: 0.2,
  bossOpening: 0.25,
  bossPower: 0.5,
  bossNoise: 0.15,
  growth: 0.05,
};

const schemes: Scheme[] = [
  {
    kind: 'truth-telling',
    id: 'self-set',
    label: 'Self-set',
    alpha: 0,
    beta: 0.05,
    gamma: 0.1,
    floor: 'zero',
    basePay: 0,
  },
  {
    kind: 'haggled-quota',
    id: 'quota',
    label: 'Quota',
    performancePayShare: 0.05,
    excessRate: 0.005,
    haggling,
  },
];

describe('settingsFrom', () => {
  it('settingsFrom reads t, the floor and the haggling from the scenario', () => {
    const s = settingsFrom({ schemes, seed: 42, trials: 2000 }, haggling);
    expect(s).toEqual({
      rate: 0.05,
      floor: 'zero',
      basePay: 0,
      haggling,
      trials: 2000,
      seed: 42,
      economics: DEFAULT_ECONOMICS,
    });
    expect(s.haggling).not.toBe(haggling);
  });

  it('settingsFrom falls back to the default haggling when no quota scheme is given', () => {
    const fallback = { ...haggling, bossPower: 0.9 };
    expect(
      settingsFrom({ schemes: [schemes[0]], seed: 1, trials: 100 }, fallback).haggling,
    ).toEqual(fallback);
  });
});

describe('applySettings', () => {
  const settings = settingsFrom({ schemes, seed: 1, trials: 100 }, haggling);

  it('applySettings keeps the essay shape α = 0, β = t, γ = 2t at a new rate', () => {
    const [selfSet] = applySettings(schemes, { ...settings, rate: 0.08 });
    expect(selfSet).toMatchObject({ alpha: 0, beta: 0.08 });
    expect(selfSet.kind === 'truth-telling' && selfSet.gamma).toBeCloseTo(0.16, 12);
  });

  it('applySettings scales the quota’s performance pay with t to keep budget parity', () => {
    const [, quota] = applySettings(schemes, { ...settings, rate: 0.1 });
    expect(quota.kind === 'haggled-quota' && quota.performancePayShare).toBeCloseTo(0.1, 12);
    expect(quota.kind === 'haggled-quota' && quota.excessRate).toBe(0.005);
  });

  it('applySettings sets the floor policy and the haggling without touching the input', () => {
    const next = { ...settings, floor: 'deduct' as const, haggling: { ...haggling, growth: 0.3 } };
    const [selfSet, quota] = applySettings(schemes, next);
    expect(selfSet.kind === 'truth-telling' && selfSet.floor).toBe('deduct');
    expect(quota.kind === 'haggled-quota' && quota.haggling.growth).toBe(0.3);
    expect(schemes[0].kind === 'truth-telling' && schemes[0].floor).toBe('zero');
    expect(schemes[1].kind === 'haggled-quota' && schemes[1].haggling.growth).toBe(0.05);
  });
});

describe('applySettings on several schemes of a kind', () => {
  const second: Scheme[] = [
    ...schemes,
    { ...(schemes[0] as TruthTellingScheme), id: 'self-set-2', floor: 'none' },
    {
      ...(schemes[1] as HaggledQuotaScheme),
      id: 'quota-2',
      haggling: { ...haggling, bossPower: 0.9 },
    },
  ];
  const settings = settingsFrom({ schemes: second, seed: 1, trials: 100 }, haggling);

  it('applySettings runs a scenario as written until the panel is touched', () => {
    expect(applySettings(second, settings)).toEqual(second);
  });

  it('applySettings gives a changed floor or haggling field to every scheme of the kind', () => {
    const next = { ...settings, floor: 'deduct' as const, haggling: { ...haggling, growth: 0.2 } };
    const [a, b, c, d] = applySettings(second, next);
    expect([a, c].map((s) => s.kind === 'truth-telling' && s.floor)).toEqual(['deduct', 'deduct']);
    expect([b, d].map((s) => s.kind === 'haggled-quota' && s.haggling.growth)).toEqual([0.2, 0.2]);
    // A field left alone keeps each scheme's own value.
    expect(d.kind === 'haggled-quota' && d.haggling.bossPower).toBe(0.9);
  });
});

describe('isValid', () => {
  it('isValid accepts the ends of a range and rejects what lies outside', () => {
    expect(isValid('bossPower', 0)).toBe(true);
    expect(isValid('bossPower', 1)).toBe(true);
    expect(isValid('bossPower', 1.01)).toBe(false);
    expect(isValid('rate', 0)).toBe(false);
  });

  it('isValid wants whole numbers for trials and the seed', () => {
    expect(isValid('trials', 2000)).toBe(true);
    expect(isValid('trials', 2000.5)).toBe(false);
    expect(isValid('seed', Number.MAX_SAFE_INTEGER + 2)).toBe(false);
    expect(isValid('seed', Number.NaN)).toBe(false);
  });
});

describe('the seed field', () => {
  it('accepts every seed a scenario file accepts, and refuses the first one a file refuses', () => {
    const file = (seed: number) =>
      JSON.stringify({ name: 's', seed, trials: 100, data: { source: 'sample' }, schemes });
    for (const seed of [0, 2 ** 32 - 1, 2 ** 32, Number.MAX_SAFE_INTEGER]) {
      expect(parseScenario(file(seed), 's.json').ok).toBe(true);
      expect(isValid('seed', seed)).toBe(true);
    }
    const beyond = Number.MAX_SAFE_INTEGER + 2;
    expect(parseScenario(file(beyond), 's.json').ok).toBe(false);
    expect(isValid('seed', beyond)).toBe(false);
    expect(isValid('seed', -1)).toBe(false);
    expect(isValid('seed', 1.5)).toBe(false);
  });
});
