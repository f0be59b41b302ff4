import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beliefNodes, expectedPay } from '$lib/engine/bestResponse';
import { DEFAULT_HAGGLING } from '$lib/engine/constants';
import { haggledQuotaPay } from '$lib/engine/schemes/haggledQuota';
import { bossNumber, openings } from '$lib/engine/behaviour/stance';
import { FAST_CHECK } from '../helpers';

describe('haggling under the pharmaceutical letter', () => {
  it('raises expected pay whenever it brings the quota down, for any belief and terms', () => {
    const cases = fc.record({
      sigma: fc.double({ min: 0.05, max: 1, noNaN: true }),
      share: fc.double({ min: 0.01, max: 0.2, noNaN: true }),
      rate: fc.double({ min: 0.001, max: 0.05, noNaN: true }),
      low: fc.double({ min: 0.3, max: 2, noNaN: true }),
      cut: fc.double({ min: 0.005, max: 0.5, noNaN: true }),
    });
    fc.assert(
      fc.property(cases, ({ sigma, share, rate, low, cut }) => {
        const nodes = beliefNodes({ logMu: -0.5 * sigma * sigma, logSigma: sigma });
        const pay = (q: number, y: number) => haggledQuotaPay(share, rate, q, y);
        const high = low * (1 + cut);
        expect(expectedPay(pay, low, nodes)).toBeGreaterThan(expectedPay(pay, high, nodes));
      }),
      FAST_CHECK,
    );
  });

  it('settles at w·boss opening + (1 − w)·rep opening, the boss widening by A·d', () => {
    const behaviour = { cost: 0.01, anticipation: 0.4 };
    const deal = openings(0.3, 200, 220, DEFAULT_HAGGLING, behaviour);
    const rep = 200 * 0.7;
    const boss = 220 * (1 + DEFAULT_HAGGLING.bossOpening + 0.4 * 0.3);
    expect(deal.rep).toBeCloseTo(rep, 12);
    expect(deal.boss).toBeCloseTo(boss, 12);
    expect(deal.quota).toBeCloseTo(0.5 * boss + 0.5 * rep, 12);
    expect(deal.cost).toBeCloseTo((0.01 * (boss - rep) ** 2) / 200, 12);
  });

  it('pushes both openings apart as the rep opens further, more with more anticipation', () => {
    const gap = (d: number, a: number) =>
      openings(d, 100, 100, DEFAULT_HAGGLING, { cost: 0, anticipation: a }).gap;
    expect(gap(0.3, 0.5)).toBeGreaterThan(gap(0.1, 0.5));
    expect(gap(0.3, 0.9) - gap(0.1, 0.9)).toBeGreaterThan(gap(0.3, 0.5) - gap(0.1, 0.5));
  });

  it('gives a naive rep the boss number m_b·(1 + d_b)', () => {
    expect(bossNumber(120, DEFAULT_HAGGLING)).toBeCloseTo(120 * 1.25, 12);
  });
});
