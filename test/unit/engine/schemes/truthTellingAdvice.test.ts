import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beliefNodes, bestResponse, bestTarget, expectedPay } from '$lib/engine/bestResponse';
import { BELIEF_NODES } from '$lib/engine/constants';
import { normalCdf } from '$lib/engine/normalCdf';
import { selfSet } from '$lib/engine/schemes/selfSet';
import { truthTellingPay } from '$lib/engine/schemes/truthTelling';
import {
  truthTellingAdvice,
  truthTellingWarningText,
} from '$lib/engine/schemes/truthTellingAdvice';
import type { TruthTellingScheme } from '$lib/engine/types';
import { bisect, FAST_CHECK } from '../helpers';

const rates = fc
  .record({
    alpha: fc.double({ min: 0, max: 0.05, noNaN: true }),
    dBeta: fc.double({ min: 0.002, max: 0.05, noNaN: true }),
    dGamma: fc.double({ min: 0.002, max: 0.1, noNaN: true }),
    sigma: fc.double({ min: 0.05, max: 0.8, noNaN: true }),
  })
  .map(({ alpha, dBeta, dGamma, sigma }) => ({
    scheme: { ...selfSet(0, 'none'), alpha, beta: alpha + dBeta, gamma: alpha + dBeta + dGamma },
    sigma,
  }));

describe('truthTellingAdvice', () => {
  it('states (β − α)/(γ − α) and the generic solver reports it, for random rates', () => {
    fc.assert(
      fc.property(rates, ({ scheme, sigma }) => {
        const advice = truthTellingAdvice(scheme, [sigma]);
        const p = (scheme.beta - scheme.alpha) / (scheme.gamma - scheme.alpha);
        expect(advice.fractile).toBeCloseTo(p, 12);

        const x = bestResponse((t, y) => truthTellingPay(scheme, t, y), {
          logMu: 3,
          logSigma: sigma,
        });
        expect(Math.abs(normalCdf((Math.log(x) - 3) / sigma) - p)).toBeLessThanOrEqual(
          1 / BELIEF_NODES,
        );
        expect(advice.quantiles[0].quantile).toBeCloseTo(p, 9);
      }),
      { ...FAST_CHECK, numRuns: 40 },
    );
  });

  it('warns in plain words that α = 0 earns nothing for doing more than the target', () => {
    const advice = truthTellingAdvice(selfSet(0.05, 'none'));
    expect(advice.fractile).toBe(0.5);
    expect(advice.warnings).toEqual([{ code: 'no-reward-above-target' }]);
    expect(truthTellingWarningText(advice.warnings[0])).toMatch(/earns nothing in that period/);
    expect(truthTellingAdvice({ ...selfSet(0.05, 'none'), alpha: 0.01 }).warnings).toEqual([]);
  });

  it('warns when α < β < γ does not hold and states no quantile', () => {
    const bad: TruthTellingScheme = { ...selfSet(0.05, 'none'), alpha: 0.06 };
    const advice = truthTellingAdvice(bad, [0.3]);
    expect(advice.fractile).toBeNull();
    expect(advice.warnings.map((w) => w.code)).toEqual(['rates-out-of-order']);
    expect(truthTellingWarningText(advice.warnings[0])).toMatch(/alpha is 0.06, beta 0.05/);
  });

  it('warns when the floor at 0 moves a volatile rep off the median: 2F(X) − F(X/2) = 1', () => {
    const advice = truthTellingAdvice(selfSet(0.05, 'zero'), [0.05, 0.5]);
    const F = (x: number) => normalCdf(Math.log(x) / 0.5);
    const exact = F(bisect((x) => 2 * F(x) - F(x / 2) - 1, 0.5, 5));
    expect(advice.quantiles[0].quantile).toBeCloseTo(0.5, 6);
    expect(Math.abs(advice.quantiles[1].quantile - exact)).toBeLessThanOrEqual(1 / BELIEF_NODES);
    const warning = advice.warnings.find((w) => w.code === 'floor-moves-target');
    expect(warning).toMatchObject({ sigma: 0.5, fractile: 0.5 });
    expect(truthTellingWarningText(warning ?? advice.warnings[0])).toMatch(/instead of the 0.5/);
  });
});

describe('the cap of a truth-telling scheme', () => {
  it('truthTellingPay holds the bonus at the cap before the floor', () => {
    const essay = selfSet(0.1, 'zero');
    expect(truthTellingPay(essay, 100, 150, 8)).toBe(8);
    expect(truthTellingPay(essay, 100, 60, 8)).toBeCloseTo(2, 12);
    expect(truthTellingPay(essay, 100, 10, 8)).toBe(0);
  });

  it('bestTarget with a cap is the best of a fine scan of expected pay', () => {
    const essay = selfSet(0.1, 'none');
    const belief = { logMu: Math.log(100), logSigma: 0.4 };
    const nodes = beliefNodes(belief);
    const pay = (x: number, y: number) => truthTellingPay(essay, x, y, 9);
    const best = expectedPay(pay, bestTarget(essay, belief, 9), nodes);
    for (let x = 40; x <= 200; x += 0.5) {
      expect(best).toBeGreaterThanOrEqual(expectedPay(pay, x, nodes) * (1 - 1e-9));
    }
    // Without the cap the median; a cap below t·median pulls the target down.
    expect(bestTarget(essay, belief, 9)).toBeLessThan(100);
  });
});
