import { describe, expect, it } from 'vitest';
import { DEFAULT_HAGGLING } from '$lib/engine/constants';
import { bossEstimate, haggledQuotas, settleQuota } from '$lib/engine/haggling';
import { standardNormal } from '$lib/engine/normal';
import { namedStream, trialStream } from '$lib/engine/random';
import type { Haggling } from '$lib/engine/types';
import { meanAndSe } from './helpers';

const noNoise = (h: Partial<Haggling>): Haggling => ({ ...DEFAULT_HAGGLING, bossNoise: 0, ...h });

describe('haggling', () => {
  it('settleQuota meets in the middle of symmetric openings: the quota is the mean', () => {
    const h = noNoise({ repOpening: 0.2, bossOpening: 0.2, bossPower: 0.5, growth: 0 });
    // q_r = 80, q_b = 120, Q = 0.5·120 + 0.5·80.
    expect(settleQuota(100, bossEstimate(100, h, 0), h)).toBeCloseTo(100, 12);
  });

  it('settleQuota with the default openings and 5% growth gives 105.625 by hand', () => {
    const h = noNoise({});
    // m_b = 105, q_b = 105·1.25 = 131.25, q_r = 80, Q = (131.25 + 80)/2.
    expect(bossEstimate(100, h, 1.7)).toBeCloseTo(105, 12);
    expect(settleQuota(100, 105, h)).toBeCloseTo(105.625, 12);
  });

  it('settleQuota goes to the boss opening at full power and to the rep opening at none', () => {
    expect(settleQuota(100, 110, noNoise({ bossPower: 1 }))).toBeCloseTo(110 * 1.25, 12);
    expect(settleQuota(100, 110, noNoise({ bossPower: 0 }))).toBeCloseTo(80, 12);
  });

  it('bossEstimate applies lognormal noise by hand: m·exp(sz − s²/2)·(1 + g)', () => {
    const h = { ...DEFAULT_HAGGLING, bossNoise: 0.15, growth: 0.05 };
    expect(bossEstimate(100, h, 1)).toBeCloseTo(100 * Math.exp(0.15 - 0.01125) * 1.05, 10);
  });

  it('bossEstimate noise is mean-preserving: its average is m(1 + growth) within 3 SE', () => {
    const h = { ...DEFAULT_HAGGLING, bossNoise: 0.3, growth: 0.05 };
    const rng = trialStream(5, 0);
    const values = Float64Array.from({ length: 200_000 }, () =>
      bossEstimate(100, h, standardNormal(rng)),
    );
    const { mean, se } = meanAndSe(values);
    expect(Math.abs(mean - 105)).toBeLessThanOrEqual(3 * se);
  });

  it("haggledQuotas draws the boss's errors from the 'boss' stream in rep-period order", () => {
    const beliefs = [100, 50, 200];
    const h = { ...DEFAULT_HAGGLING };
    const rng = namedStream(9, 'boss');
    const expected = beliefs.map((m) => settleQuota(m, bossEstimate(m, h, standardNormal(rng)), h));
    expect(Array.from(haggledQuotas(9, beliefs, h))).toEqual(expected);
    expect(Array.from(haggledQuotas(10, beliefs, h))).not.toEqual(expected);
  });
});
