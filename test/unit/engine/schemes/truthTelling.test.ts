import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertTruthTelling,
  criticalFractile,
  floorBound,
  truthTellingPay,
} from '$lib/engine/schemes/truthTelling';
import { selfSet } from '$lib/engine/schemes/selfSet';
import type { TruthTellingScheme } from '$lib/engine/types';
import { FAST_CHECK } from '../helpers';

const amount = fc.double({ min: 0, max: 1e6, noNaN: true });
const positive = fc.double({ min: 1e-3, max: 1e6, noNaN: true });

function family(alpha: number, beta: number, gamma: number): TruthTellingScheme {
  return {
    kind: 'truth-telling',
    id: 'f',
    label: 'f',
    alpha,
    beta,
    gamma,
    floor: 'none',
    basePay: 0,
  };
}

describe('truthTellingPay', () => {
  it('truthTellingPay of the essay is t·min(X, 2Y − X), the written Y·t·(1 − |Y − X|/Y)', () => {
    const essay = selfSet(0.05, 'none');
    fc.assert(
      fc.property(amount, positive, (x, y) => {
        const pay = truthTellingPay(essay, x, y);
        const tolerance = 1e-12 * Math.max(x, y);
        expect(Math.abs(pay - 0.05 * Math.min(x, 2 * y - x))).toBeLessThanOrEqual(tolerance);
        expect(Math.abs(pay - y * 0.05 * (1 - Math.abs(y - x) / y))).toBeLessThanOrEqual(tolerance);
      }),
      FAST_CHECK,
    );
  });

  it('truthTellingPay at Y = 0 pays −tX unfloored, 0 floored, ≥ −basePay deducted', () => {
    expect(truthTellingPay(selfSet(0.05, 'none'), 100, 0)).toBeCloseTo(-5, 12);
    expect(truthTellingPay(selfSet(0.05, 'zero'), 100, 0)).toBe(0);
    expect(truthTellingPay(selfSet(0.05, 'deduct', { basePay: 3 }), 100, 0)).toBe(-3);
    expect(truthTellingPay(selfSet(0.05, 'deduct', { basePay: 30 }), 100, 0)).toBeCloseTo(-5, 12);
  });

  it('truthTellingPay floors only negative bonuses: Y ≥ X/2 pays alike under every policy', () => {
    const policies = [
      selfSet(0.05, 'none'),
      selfSet(0.05, 'zero'),
      selfSet(0.05, 'deduct', { basePay: 1 }),
    ];
    fc.assert(
      fc.property(amount, amount, (x, y) => {
        // Away from the kink Y = X/2, where rounding may leave a bonus of ±1e-18.
        const [none, zero, deduct] = policies.map((s) => truthTellingPay(s, x, y));
        if (y > (x / 2) * (1 + 1e-9)) expect([zero, deduct]).toEqual([none, none]);
        if (y < (x / 2) * (1 - 1e-9)) expect([zero, deduct]).toEqual([0, Math.max(-1, none)]);
      }),
      FAST_CHECK,
    );
  });

  it('truthTellingPay grows with sales and falls with the gap, as the essay requires', () => {
    const rates = fc
      .tuple(fc.double({ min: 0, max: 0.1, noNaN: true }), positive, positive)
      .map(([a, d1, d2]) => family(a, a + d1 / 1e6, a + d1 / 1e6 + d2 / 1e6));
    fc.assert(
      fc.property(rates, amount, amount, amount, (s, x, y, dy) => {
        expect(truthTellingPay(s, x, y + dy)).toBeGreaterThanOrEqual(
          truthTellingPay(s, x, y) - 1e-9,
        );
        // With Y fixed, pay is highest at X = Y: a bigger gap either way pays no more.
        expect(truthTellingPay(s, y, y)).toBeGreaterThanOrEqual(truthTellingPay(s, x, y) - 1e-9);
      }),
      FAST_CHECK,
    );
  });
});

describe('criticalFractile and the family', () => {
  it('criticalFractile is 1/2 for the essay and (β − α)/(γ − α) in general', () => {
    expect(criticalFractile(selfSet(0.05))).toBe(0.5);
    expect(criticalFractile(family(0.01, 0.05, 0.09))).toBeCloseTo(0.5, 15);
    expect(criticalFractile(family(0.02, 0.05, 0.12))).toBeCloseTo(0.3, 15);
  });

  it('criticalFractile of a rule that ignores the target (rate 0) is the median', () => {
    expect(criticalFractile(selfSet(0))).toBe(0.5);
  });

  it('assertTruthTelling rejects rates out of order and a negative base pay', () => {
    expect(() => assertTruthTelling(family(0.05, 0.05, 0.1))).toThrow(RangeError);
    expect(() => assertTruthTelling(family(0, 0.1, 0.1))).toThrow(RangeError);
    expect(() => assertTruthTelling(family(-0.01, 0.05, 0.1))).toThrow(RangeError);
    expect(() => assertTruthTelling({ ...selfSet(0.05), basePay: -1 })).toThrow(RangeError);
    expect(() => assertTruthTelling(family(0, 0.05, 0.1))).not.toThrow();
  });

  it('floorBound maps none, zero and deduct to −∞, 0 and −basePay', () => {
    expect(floorBound('none', 7)).toBe(-Infinity);
    expect(floorBound('zero', 7)).toBe(0);
    expect(floorBound('deduct', 7)).toBe(-7);
  });

  it('selfSet builds α = 0, β = t, γ = 2t with the floor at 0 by default', () => {
    expect(selfSet(0.05)).toEqual({
      kind: 'truth-telling',
      id: 'self-set',
      label: 'self-set',
      alpha: 0,
      beta: 0.05,
      gamma: 0.1,
      floor: 'zero',
      basePay: 0,
    });
  });
});
