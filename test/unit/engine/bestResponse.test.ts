import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  beliefNodes,
  bestTarget,
  expectedPay,
  maximizeExpectedPay,
} from '$lib/engine/bestResponse';
import { BELIEF_NODES } from '$lib/engine/constants';
import { normalCdf } from '$lib/engine/normalCdf';
import { normalQuantile } from '$lib/engine/normalQuantile';
import { selfSet } from '$lib/engine/schemes/selfSet';
import { truthTellingPay } from '$lib/engine/schemes/truthTelling';
import type { TruthTellingScheme } from '$lib/engine/types';
import { bisect, FAST_CHECK } from './helpers';

/** F(x) of the lognormal belief, exactly. */
const beliefCdf = (logMu: number, logSigma: number) => (x: number) =>
  normalCdf((Math.log(x) - logMu) / logSigma);

/** The solver's answer is exact up to the quadrature's resolution of 1/nodes in probability. */
const RESOLUTION = 1 / BELIEF_NODES;

function solve(scheme: TruthTellingScheme, logMu: number, logSigma: number): number {
  return maximizeExpectedPay(
    (x, y) => truthTellingPay(scheme, x, y),
    beliefNodes({ logMu, logSigma }),
  );
}

describe('bestTarget and the solver', () => {
  it('bestTarget of the essay without a floor is the belief median exp(logMu)', () => {
    expect(bestTarget(selfSet(0.05, 'none'), { logMu: Math.log(80), logSigma: 0.3 })).toBeCloseTo(
      80,
      10,
    );
  });

  it('maximizeExpectedPay finds the critical fractile (β − α)/(γ − α) for random rates', () => {
    const rates = fc.record({
      alpha: fc.double({ min: 0, max: 0.05, noNaN: true }),
      dBeta: fc.double({ min: 0.005, max: 0.05, noNaN: true }),
      dGamma: fc.double({ min: 0.005, max: 0.1, noNaN: true }),
      logSigma: fc.double({ min: 0.05, max: 0.8, noNaN: true }),
    });
    fc.assert(
      fc.property(rates, ({ alpha, dBeta, dGamma, logSigma }) => {
        const scheme: TruthTellingScheme = {
          ...selfSet(0, 'none'),
          alpha,
          beta: alpha + dBeta,
          gamma: alpha + dBeta + dGamma,
        };
        const p = dBeta / (dBeta + dGamma);
        const F = beliefCdf(4, logSigma);
        expect(Math.abs(F(solve(scheme, 4, logSigma)) - p)).toBeLessThanOrEqual(RESOLUTION);

        // The closed-form fast path gives the same quantile, exactly.
        const fast = bestTarget(scheme, { logMu: 4, logSigma });
        expect(F(fast)).toBeCloseTo(p, 10);
      }),
      { ...FAST_CHECK, numRuns: 40 },
    );
  });

  it('bestTarget with the floor at 0, σ = 0.5, solves 2F(X) − F(X/2) = 1 above the median', () => {
    const logMu = Math.log(100) - 0.125;
    const F = beliefCdf(logMu, 0.5);
    const exact = bisect((x) => 2 * F(x) - F(x / 2) - 1, 50, 300);
    const target = bestTarget(selfSet(0.05, 'zero'), { logMu, logSigma: 0.5 });

    expect(Math.abs(F(target) - F(exact))).toBeLessThanOrEqual(2 * RESOLUTION);
    expect(F(exact)).toBeGreaterThan(0.5 + 10 * RESOLUTION);
    expect(target).toBeGreaterThan(Math.exp(logMu));
  });

  it('bestTarget under deduct lies between the unfloored and the zero-floor optimum', () => {
    const belief = { logMu: Math.log(100), logSigma: 0.5 };
    const none = bestTarget(selfSet(0.05, 'none'), belief);
    const zero = bestTarget(selfSet(0.05, 'zero'), belief);
    const deduct = bestTarget(selfSet(0.05, 'deduct', { basePay: 1 }), belief);
    expect(deduct).toBeGreaterThan(none);
    expect(deduct).toBeLessThan(zero);
  });

  it('bestTarget with a point belief (σ = 0) is the known sales figure under every floor', () => {
    for (const floor of ['none', 'zero', 'deduct'] as const) {
      expect(bestTarget(selfSet(0.05, floor), { logMu: Math.log(70), logSigma: 0 })).toBeCloseTo(
        70,
        10,
      );
    }
  });

  it('maximizeExpectedPay picks a sample median for the essay rule on any sample', () => {
    const pay = (x: number, y: number) => 0.05 * (y - Math.abs(y - x));
    const sample = fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), {
      minLength: 1,
      maxLength: 60,
    });
    fc.assert(
      fc.property(sample, fc.double({ min: 0, max: 1000, noNaN: true }), (values, probe) => {
        const nodes = Float64Array.from(values).sort();
        const n = nodes.length;
        const median = n % 2 === 1 ? nodes[(n - 1) / 2] : (nodes[n / 2 - 1] + nodes[n / 2]) / 2;
        const best = expectedPay(pay, median, nodes);
        const slack = 1e-12 * (1 + Math.abs(best));

        // The median beats every sample point and an arbitrary probe, and the solver ties it.
        for (const x of [...nodes, probe])
          expect(expectedPay(pay, x, nodes)).toBeLessThanOrEqual(best + slack);
        expect(expectedPay(pay, maximizeExpectedPay(pay, nodes), nodes)).toBeGreaterThanOrEqual(
          best - 1e-9 * (1 + Math.abs(best)),
        );
      }),
      FAST_CHECK,
    );
  });

  it('beliefNodes are the belief quantiles at the midpoints (k + ½)/n', () => {
    const nodes = beliefNodes({ logMu: 2, logSigma: 0.4 });
    expect(nodes.length).toBe(BELIEF_NODES);
    for (const k of [0, 17, 1000, 2000]) {
      const z = normalQuantile((k + 0.5) / BELIEF_NODES);
      expect(nodes[k]).toBeCloseTo(Math.exp(2 + 0.4 * z), 10);
    }
  });
});
