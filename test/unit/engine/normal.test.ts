import { describe, expect, it } from 'vitest';
import { standardNormal } from '$lib/engine/normal';
import { normalCdf, normalPdf } from '$lib/engine/normalCdf';
import { normalQuantile } from '$lib/engine/normalQuantile';
import { trialStream } from '$lib/engine/random';

const N = 2_000_000;

function draws(seed: number): Float64Array {
  const rng = trialStream(seed, 0);
  const out = new Float64Array(N);
  for (let i = 0; i < N; i++) out[i] = standardNormal(rng);
  return out;
}

describe('standardNormal', () => {
  const z = draws(7);

  it('standardNormal has the moments of N(0, 1) within 4 standard errors', () => {
    // Sample moments of N(0,1): Var of z^k is E z^{2k} − (E z^k)^2: 1, 2, 15, 96.
    const moment = (k: number) => z.reduce((s, x) => s + x ** k, 0) / N;
    const cases: [number, number, number][] = [
      [1, 0, 1],
      [2, 1, 2],
      [3, 0, 15],
      [4, 3, 96],
    ];
    for (const [k, exact, variance] of cases) {
      expect(Math.abs(moment(k) - exact)).toBeLessThan(4 * Math.sqrt(variance / N));
    }
  });

  it('standardNormal matches the exact tail probabilities, including beyond the base layer', () => {
    // Beyond r = 3.4426 the draws come from the tail algorithm.
    for (const a of [0.5, 1, 2, 3, 3.442619855899, 4]) {
      for (const sign of [1, -1]) {
        const p = normalCdf(-a);
        const hits = z.reduce((s, x) => s + (sign * x > a ? 1 : 0), 0);
        const se = Math.sqrt((p * (1 - p)) / N);
        expect(Math.abs(hits / N - p)).toBeLessThan(4 * se);
      }
    }
  });

  it('standardNormal fills 200 equiprobable bins as the normal does (chi-square)', () => {
    const bins = 200;
    const edges = Array.from({ length: bins - 1 }, (_, k) => normalQuantile((k + 1) / bins));
    const counts = new Float64Array(bins);
    for (const x of z) {
      let lo = 0;
      let hi = bins - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (x < edges[mid]) hi = mid;
        else lo = mid + 1;
      }
      counts[lo]++;
    }
    // Pearson's statistic with 199 degrees of freedom: mean 199, sd √398.
    const e = N / bins;
    const chi2 = counts.reduce((s, c) => s + (c - e) ** 2 / e, 0);
    expect(Math.abs(chi2 - 199)).toBeLessThan(4 * Math.sqrt(398));
  });

  it('standardNormal draws beyond the base layer have the mean of the normal tail', () => {
    // For Z > r: E = λ = φ(r)/Φ(−r), Var = 1 + rλ − λ² (truncated normal moments).
    const r = 3.442619855899;
    const lambda = normalPdf(r) / normalCdf(-r);
    const rng = trialStream(8, 0);
    const tail: number[] = [];
    for (let i = 0; i < 20_000_000; i++) {
      const x = Math.abs(standardNormal(rng));
      if (x > r) tail.push(x);
    }
    const variance = 1 + r * lambda - lambda * lambda;
    const mean = tail.reduce((a, b) => a + b, 0) / tail.length;
    expect(tail.length).toBeGreaterThan(10_000);
    expect(Math.abs(mean - lambda)).toBeLessThan(4 * Math.sqrt(variance / tail.length));
  });

  it('standardNormal is symmetric: positive and negative draws are equally likely', () => {
    const positive = z.reduce((s, x) => s + (x > 0 ? 1 : 0), 0);
    expect(Math.abs(positive / N - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / N));
  });
});
