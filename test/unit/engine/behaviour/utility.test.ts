import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certaintyEquivalent, utility } from '$lib/engine/behaviour/utility';
import type { RiskPreference } from '$lib/engine/behaviour/types';
import { FAST_CHECK } from '../helpers';

const prefs: RiskPreference[] = [
  { kind: 'neutral' },
  { kind: 'cara', a: 3 },
  { kind: 'crra', rho: 1, wealth: 0.2 },
  { kind: 'crra', rho: 2.5, wealth: 0.1 },
];

describe('utility', () => {
  it('is 0 at 0 with slope 1 there, on any scale', () => {
    for (const risk of prefs) {
      for (const scale of [1, 250]) {
        const h = 1e-6 * scale;
        expect(Math.abs(utility(risk, 0, scale))).toBe(0);
        const slope = (utility(risk, h, scale) - utility(risk, -h, scale)) / (2 * h);
        expect(slope).toBeCloseTo(1, 6);
      }
    }
  });

  it('is undone by certaintyEquivalent', () => {
    const cases = fc.record({
      k: fc.integer({ min: 0, max: 3 }),
      w: fc.double({ min: -5, max: 50, noNaN: true }),
    });
    fc.assert(
      fc.property(cases, ({ k, w }) => {
        const u = utility(prefs[k], w, 100);
        expect(certaintyEquivalent(prefs[k], u, 100)).toBeCloseTo(w, 8);
      }),
      FAST_CHECK,
    );
  });

  it('gives CARA the certainty equivalent μ − a·σ²/(2s) for normal pay', () => {
    // E[e^(−kW)] = e^(−kμ + k²σ²/2) for W ~ N(μ, σ²), so CE = μ − kσ²/2 with k = a/s.
    const risk: RiskPreference = { kind: 'cara', a: 2 };
    const scale = 100;
    const k = 2 / scale;
    const mu = 5;
    const sigma = 3;
    const eu = -Math.expm1(-k * mu + 0.5 * k * k * sigma * sigma) / k;
    expect(certaintyEquivalent(risk, eu, scale)).toBeCloseTo(mu - 0.5 * k * sigma * sigma, 10);
  });
});
