import { describe, expect, it } from 'vitest';
import { DEFAULT_ECONOMICS } from '../../../src/lib/engine/sweep';
import { readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from '../../../src/lib/engine';
import { keptSettings } from '../../../src/lib/state/savedData.svelte';
import { limits, type Settings } from '../../../src/lib/state/settings';

const current: Settings = {
  rate: 0.05,
  basePay: 0,
  floor: 'zero',
  haggling: { repOpening: 0.2, bossOpening: 0.25, bossPower: 0.5, bossNoise: 0.15, growth: 0.05 },
  trials: 2000,
  seed: 20261204,
  economics: { ...DEFAULT_ECONOMICS },
};

const tooHigh = limits.overCost.max + 1;
const older = {
  settings: {
    ...current,
    rate: 0.07,
    seed: 99,
    trials: 4000,
    economics: { ...DEFAULT_ECONOMICS, overCost: tooHigh },
  },
  baseline: 'haggled-quota',
};

describe('keptSettings', () => {
  it('keptSettings keeps every valid field when one is out of range and names the one dropped', () => {
    const restored = keptSettings(current, older);
    expect(restored?.kept.baseline).toBe('haggled-quota');
    expect(restored?.kept.settings).toEqual({
      ...older.settings,
      economics: { ...older.settings.economics, overCost: current.economics.overCost },
    });
    expect(restored?.dropped).toEqual([`overCost = ${tooHigh}`]);
  });

  it('keptSettings drops a floor it does not know and a value that is not a number', () => {
    const odd = { ...older.settings, economics: current.economics, floor: 'sideways', trials: '9' };
    const restored = keptSettings(current, { settings: odd, baseline: 'self-set' });
    expect(restored?.kept.settings).toEqual({ ...odd, floor: 'zero', trials: current.trials });
    expect(restored?.dropped).toEqual(['trials = "9"', 'floor = "sideways"']);
  });

  it('keptSettings reports nothing dropped for settings within range', () => {
    expect(keptSettings(current, { settings: current, baseline: 'x' })?.dropped).toEqual([]);
  });

  it('keptSettings reads back the unit the figures are counted in', () => {
    const restored = keptSettings(current, { settings: current, baseline: 'x', currency: 'USD' });
    expect(restored?.kept.currency).toBe('USD');
    expect(restored?.dropped).toEqual([]);
  });

  it('keptSettings drops a unit it does not know and keeps settings kept without one', () => {
    const odd = keptSettings(current, { settings: current, baseline: 'x', currency: 'XYZ' });
    expect(odd?.kept.currency).toBeUndefined();
    expect(odd?.dropped).toEqual(['currency = "XYZ"']);
    expect(keptSettings(current, { settings: current, baseline: 'x' })?.kept.currency).toBe(
      undefined,
    );
  });

  it('keptSettings reads back the scenario the settings apply to, schemes and all', () => {
    const scenario = shipped('scheme-library.json');
    // Kept as the page keeps it: through JSON, with the schemes as the engine expanded them.
    const value = JSON.parse(JSON.stringify({ settings: current, baseline: 'x', scenario }));
    const restored = keptSettings(current, value);
    expect(restored?.kept.scenario).toEqual(scenario);
    expect(restored?.dropped).toEqual([]);
  });

  it('keptSettings drops a kept scenario that is not valid, or lists its own reps', () => {
    const library = shipped('scheme-library.json');
    const broken = { ...library, schemes: [] };
    const reps = shipped('reference-lognormal.json');
    for (const scenario of [broken, reps]) {
      const restored = keptSettings(current, { settings: current, baseline: 'x', scenario });
      expect(restored?.kept.scenario).toBeUndefined();
      expect(restored?.dropped).toEqual([`scenario = ${JSON.stringify(scenario.name)}`]);
      expect(restored?.kept.settings).toEqual(current);
    }
  });

  it('keptSettings reads no settings from a value that is not kept settings', () => {
    expect(keptSettings(current, { settings: current })).toBeNull();
    expect(keptSettings(current, 'text')).toBeNull();
  });
});

function shipped(name: string): Scenario {
  const parsed = parseScenario(readFileSync(`scenarios/${name}`, 'utf8'), name);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.scenario;
}
