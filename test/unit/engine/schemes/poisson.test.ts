import { describe, expect, it } from 'vitest';
import { trialStream } from '$lib/engine/random';
import { logFactorial, poisson } from '$lib/engine/schemes/poisson';
import { expectWithinSe, meanAndSe } from '../helpers';

const draws = (lambda: number, n: number, seed = 9) => {
  const rng = trialStream(seed, 0);
  return Float64Array.from({ length: n }, () => poisson(rng, lambda));
};

describe('poisson', () => {
  it('poisson has mean and variance λ on both sides of the method switch, within 4 SE', () => {
    for (const lambda of [0.3, 4, 9.9, 10, 12, 255]) {
      const x = draws(lambda, 100_000);
      const { mean, se } = meanAndSe(x);
      expectWithinSe(mean, lambda, se, 4);

      // The sample variance's standard error is about sqrt((μ4 − σ⁴)/n) = sqrt((λ + 2λ²)/n).
      const variance = meanAndSe(x.map((v) => (v - lambda) ** 2));
      expectWithinSe(variance.mean, lambda, Math.sqrt((lambda + 2 * lambda ** 2) / x.length), 4);
    }
  });

  it('poisson(12) by rejection hits each count as often as the Poisson law says', () => {
    const n = 200_000;
    const counts = new Float64Array(40);
    for (const k of draws(12, n, 3)) counts[k]++;
    for (let k = 0; k < 40; k++) {
      const p = Math.exp(-12 + k * Math.log(12) - logFactorial(k));
      const se = Math.sqrt((p * (1 - p)) / n);
      if (p > 1e-4) expectWithinSe(counts[k] / n, p, se, 4);
    }
  });

  it('poisson gives 0 for a mean of 0 and draws nothing from the stream', () => {
    const rng = trialStream(1, 0);
    expect(poisson(rng, 0)).toBe(0);
    expect(rng.nextUint32()).toBe(trialStream(1, 0).nextUint32());
  });

  it('logFactorial matches the sum of logs to 1e-12 relative, below and above k = 10', () => {
    let exact = 0;
    for (let k = 1; k <= 300; k++) {
      exact += Math.log(k);
      expect(Math.abs(logFactorial(k) - exact)).toBeLessThanOrEqual(1e-12 * Math.max(1, exact));
    }
    expect(logFactorial(0)).toBe(0);
  });
});
