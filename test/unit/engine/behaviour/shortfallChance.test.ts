import { describe, expect, it } from 'vitest';
import { shortfallChance } from '$lib/engine/behaviour/shortfallChance';
import { normalCdf } from '$lib/engine/normalCdf';
import { standardNormal } from '$lib/engine/normal';
import { namedStream } from '$lib/engine/random';

describe('shortfallChance', () => {
  it('shortfallChance gives one lognormal cell its own distribution function', () => {
    const [m, sigma, x] = [100, 0.3, 90];
    const z = (Math.log(x / m) + 0.5 * sigma * sigma) / sigma;
    expect(shortfallChance([m], [sigma], x)).toBeCloseTo(normalCdf(z), 14);
  });

  it('shortfallChance matches a Monte Carlo sum of a year of months within its error', () => {
    const mean = [90, 95, 110, 130, 100, 90, 85, 85, 80, 80, 85, 90];
    const sigma = mean.map(() => 0.15);
    const threshold = 1.03 * mean.reduce((a, b) => a + b, 0);
    const rng = namedStream(7, 'shortfall');
    const n = 200000;
    let short = 0;
    for (let k = 0; k < n; k++) {
      let total = 0;
      for (let j = 0; j < mean.length; j++) {
        total += mean[j] * Math.exp(sigma[j] * standardNormal(rng) - 0.5 * sigma[j] ** 2);
      }
      if (total < threshold) short++;
    }
    const p = short / n;
    const se = Math.sqrt((p * (1 - p)) / n);
    // The moment match leaves a bias of its own, well under a percentage point here.
    expect(Math.abs(shortfallChance(mean, sigma, threshold) - p)).toBeLessThan(4 * se + 0.003);
  });

  it('shortfallChance is certain without spread, and nothing is short of no threshold', () => {
    expect(shortfallChance([1, 2], [0, 0], 3.5)).toBe(1);
    expect(shortfallChance([1, 2], [0, 0], 2.5)).toBe(0);
    expect(shortfallChance([1, 2], [0.2, 0.2], 0)).toBe(0);
    expect(shortfallChance([1, 2], [0.2, 0.2], Infinity)).toBe(1);
  });
});
