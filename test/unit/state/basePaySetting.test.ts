import { describe, expect, it } from 'vitest';
import { DEFAULT_HAGGLING, makePlan, runInProcess } from '../../../src/lib/engine';
import type { Scheme } from '../../../src/lib/engine/types';
import { keptSettings } from '../../../src/lib/state/savedData.svelte';
import { applySettings, settingsFrom, type Settings } from '../../../src/lib/state/settings';
import { rep } from '../engine/helpers';

const selfSet: Scheme = {
  kind: 'truth-telling',
  id: 'self-set',
  label: 'Self-set',
  alpha: 0,
  beta: 0.05,
  gamma: 0.1,
  floor: 'zero',
  basePay: 0,
};
const scenario = { schemes: [selfSet], seed: 3, trials: 300 };
const reps = [rep('a', new Array(6).fill(1000), 0.9), rep('b', new Array(6).fill(2000), 0.8)];

function payout(settings: Settings): number {
  const schemes = applySettings([selfSet], settings);
  const plan = makePlan({ seed: 3, trials: 300, schemes }, reps);
  return runInProcess(plan, reps, 'self-set').schemes[0].payout.mean;
}

describe('the base pay setting', () => {
  it('settingsFrom reads the self-set base pay and applySettings gives it back changed', () => {
    const settings = settingsFrom(
      { ...scenario, schemes: [{ ...selfSet, basePay: 70 }] },
      DEFAULT_HAGGLING,
    );
    expect(settings.basePay).toBe(70);

    const [applied] = applySettings([selfSet], { ...settings, floor: 'deduct', basePay: 500 });
    expect(applied).toMatchObject({ floor: 'deduct', basePay: 500 });
  });

  it('deducting from a base pay pays less than the floor at 0, and the same with none', () => {
    const base = settingsFrom(scenario, DEFAULT_HAGGLING);
    const floored = payout(base);

    // Equal but for the best-target solver's tolerance (a relative 1e-6 or so).
    const none = payout({ ...base, floor: 'deduct', basePay: 0 });
    expect(Math.abs(none / floored - 1)).toBeLessThan(1e-5);
    expect(payout({ ...base, floor: 'deduct', basePay: 100 })).toBeLessThan(floored);
  });

  it('keptSettings keeps the current base pay for settings kept before it existed', () => {
    const current = { ...settingsFrom(scenario, DEFAULT_HAGGLING), basePay: 40 };
    const { basePay: _, ...older } = current;
    const restored = keptSettings(current, { settings: older, baseline: 'self-set' });

    expect(restored?.kept.settings.basePay).toBe(40);
    expect(restored?.dropped).toEqual([]);
  });
});
