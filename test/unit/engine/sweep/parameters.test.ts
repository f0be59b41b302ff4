import { describe, expect, it } from 'vitest';
import { DEFAULT_HAGGLING, selfSet, type HaggledQuotaScheme } from '$lib/engine';
import { parameterValue, sweepParameters, withParameter } from '$lib/engine/sweep';

const quota: HaggledQuotaScheme = {
  kind: 'haggled-quota',
  id: 'quota',
  label: 'quota',
  performancePayShare: 0.05,
  excessRate: 0.005,
  haggling: { ...DEFAULT_HAGGLING },
};

describe('sweep parameters', () => {
  it('sweepParameters offers the rate first, then every number of a self-set scheme', () => {
    expect(sweepParameters(selfSet(0.05))).toEqual(['rate', 'alpha', 'beta', 'gamma', 'basePay']);
  });

  it('sweepParameters reaches into the haggling settings of a quota scheme', () => {
    expect(sweepParameters(quota)).toEqual([
      'performancePayShare',
      'excessRate',
      ...Object.keys(DEFAULT_HAGGLING).map((key) => `haggling.${key}`),
    ]);
  });

  it('withParameter scales α, β and γ together when the rate changes', () => {
    const base = { ...selfSet(0.05), alpha: 0.01 };
    const scaled = withParameter(base, 'rate', 0.08);
    if (scaled.kind !== 'truth-telling') throw new Error('kind changed');

    expect(scaled.beta).toBeCloseTo(0.08, 15);
    expect(scaled.alpha / scaled.beta).toBeCloseTo(0.01 / 0.05, 12);
    expect(scaled.gamma / scaled.beta).toBeCloseTo(2, 12);
    expect(base.beta).toBe(0.05);
  });

  it('withParameter sets one nested field and leaves the original alone', () => {
    const changed = withParameter(quota, 'haggling.bossPower', 0.9);
    expect(parameterValue(changed, 'haggling.bossPower')).toBe(0.9);
    expect(parameterValue(changed, 'haggling.growth')).toBe(DEFAULT_HAGGLING.growth);
    expect(quota.haggling.bossPower).toBe(DEFAULT_HAGGLING.bossPower);
  });

  it('withParameter refuses a parameter the scheme does not have', () => {
    expect(() => withParameter(quota, 'rate', 0.1)).toThrow(/no numeric parameter rate/);
    expect(() => withParameter(quota, 'haggling.speed', 1)).toThrow(/haggling.speed/);
    expect(() => withParameter(selfSet(0), 'rate', 0.1)).toThrow(/rate of 0/);
  });
});
