import { describe, expect, it } from 'vitest';
import { standardNormal, trialStream } from '$lib/engine';
import { sumBelief } from '$lib/engine/sweep';
import { expectWithinSe, logMuOf } from './closedForms';

describe('sumBelief', () => {
  it('sumBelief keeps one period’s own lognormal', () => {
    const b = sumBelief([100], 0.3);
    expect(b.logSigma).toBeCloseTo(0.3, 12);
    expect(b.logMu).toBeCloseTo(logMuOf(100, 0.3), 12);
  });

  it('sumBelief matches the mean and variance of a simulated sum of months', () => {
    const means = [80, 100, 130];
    const sigma = 0.35;
    const n = 40000;
    const rng = trialStream(5, 0);
    const sums = Array.from({ length: n }, () =>
      means.reduce((a, m) => a + Math.exp(logMuOf(m, sigma) + sigma * standardNormal(rng)), 0),
    );
    const mean = sums.reduce((a, b) => a + b, 0) / n;
    const variance = sums.reduce((a, s) => a + (s - mean) ** 2, 0) / (n - 1);

    const b = sumBelief(means, sigma);
    const beliefMean = Math.exp(b.logMu + b.logSigma ** 2 / 2);
    const beliefVariance = beliefMean ** 2 * Math.expm1(b.logSigma ** 2);
    expectWithinSe(beliefMean, mean, Math.sqrt(variance / n));
    // The sample variance's standard error is about variance·√(2/n) (a bit more: the tails).
    expectWithinSe(beliefVariance, variance, 2 * variance * Math.sqrt(2 / n));
  });

  it('sumBelief refuses a belief with nothing to sell', () => {
    expect(() => sumBelief([0, 0], 0.2)).toThrow(/above 0/);
  });
});
