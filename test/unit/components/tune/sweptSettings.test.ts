import { describe, expect, it } from 'vitest';
import { sweptOnOtherSettings } from '../../../../src/lib/components/tune/sweptSettings';
import { selfSet } from '../../../../src/lib/engine';

const run = { seed: 7, trials: 4000 };
const base = selfSet(0.05, 'zero');

describe('sweptOnOtherSettings', () => {
  it('sweptOnOtherSettings is false while the scheme, seed and trials are those swept', () => {
    const swept = { base, parameter: 'rate' as const, ...run };
    expect(sweptOnOtherSettings(swept, selfSet(0.05, 'zero'), run)).toBe(false);
  });

  it('sweptOnOtherSettings is true once Compare’s floor, seed or trials differ', () => {
    const swept = { base, parameter: 'rate' as const, ...run };
    expect(sweptOnOtherSettings(swept, selfSet(0.05, 'none'), run)).toBe(true);
    expect(sweptOnOtherSettings(swept, base, { ...run, seed: 99 })).toBe(true);
    expect(sweptOnOtherSettings(swept, base, { ...run, trials: 1000 })).toBe(true);
    expect(sweptOnOtherSettings(swept, undefined, run)).toBe(true);
  });

  it('sweptOnOtherSettings ignores the swept parameter, which every point of the sweep sets', () => {
    // A sweep of t sets t at each point; a sweep of γ keeps t, so Compare's t matters there.
    const otherRate = selfSet(0.035, 'zero');
    expect(sweptOnOtherSettings({ base, parameter: 'rate', ...run }, otherRate, run)).toBe(false);
    expect(sweptOnOtherSettings({ base, parameter: 'gamma', ...run }, otherRate, run)).toBe(true);
    const otherGamma = { ...base, gamma: 0.2 };
    expect(sweptOnOtherSettings({ base, parameter: 'gamma', ...run }, otherGamma, run)).toBe(false);
  });
});
