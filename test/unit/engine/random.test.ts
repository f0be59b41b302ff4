import { describe, expect, it } from 'vitest';
import { namedStream, trialStream, Xoshiro128 } from '$lib/engine/random';
import { meanAndSe } from './helpers';

describe('random streams', () => {
  it('Xoshiro128 reproduces the reference C implementation from the state (1, 2, 3, 4)', () => {
    // Printed by Vigna's xoshiro128starstar.c 1.1, compiled with gcc on this machine.
    const rng = new Xoshiro128(1, 2, 3, 4);
    const first = Array.from({ length: 8 }, () => rng.nextUint32());
    expect(first).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849,
    ]);
    for (let i = 8; i < 999; i++) rng.nextUint32();
    expect(rng.nextUint32()).toBe(3170714187);
  });

  it('Xoshiro128 leaves the all-zero state, which would only ever give zeros', () => {
    const rng = new Xoshiro128(0, 0, 0, 0);
    const draws = Array.from({ length: 10 }, () => rng.nextUint32());
    expect(draws.some((d) => d !== 0)).toBe(true);
  });

  it('trialStream gives the same draws for the same seed and trial, reused or fresh', () => {
    const a = trialStream(42, 7);
    const b = trialStream(42, 7, trialStream(1, 1));
    for (let i = 0; i < 100; i++) expect(a.nextUint32()).toBe(b.nextUint32());
  });

  it('trialStream gives different draws for neighbouring trials, seeds and large seeds', () => {
    const firstDraws = (rng: Xoshiro128) => Array.from({ length: 4 }, () => rng.nextUint32());
    const base = firstDraws(trialStream(42, 7));
    expect(firstDraws(trialStream(42, 8))).not.toEqual(base);
    expect(firstDraws(trialStream(43, 7))).not.toEqual(base);
    expect(firstDraws(trialStream(42 + 2 ** 32, 7))).not.toEqual(base);
    expect(firstDraws(namedStream(42, 'boss'))).not.toEqual(firstDraws(trialStream(42, 0)));
  });

  it('trialStream rejects seeds that are not safe non-negative integers', () => {
    expect(() => trialStream(-1, 0)).toThrow(RangeError);
    expect(() => trialStream(1.5, 0)).toThrow(RangeError);
    expect(() => trialStream(1, -1)).toThrow(RangeError);
  });

  it('nextFloat is uniform on (0, 1): mean, variance and 256-bin counts', () => {
    const rng = trialStream(2026, 0);
    const n = 1_000_000;
    const values = new Float64Array(n);
    const counts = new Float64Array(256);
    for (let i = 0; i < n; i++) {
      values[i] = rng.nextFloat();
      counts[Math.floor(values[i] * 256)]++;
    }
    const { mean, se } = meanAndSe(values);
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * se);
    expect(values.every((u) => u > 0 && u < 1)).toBe(true);

    // Pearson's statistic has mean 255 and sd √510 under uniformity.
    const e = n / 256;
    const chi2 = counts.reduce((s, c) => s + (c - e) ** 2 / e, 0);
    expect(Math.abs(chi2 - 255)).toBeLessThan(4 * Math.sqrt(510));
  });

  it('trialStream draws of consecutive trials are uncorrelated', () => {
    // Correlation of the first uniform of trial k with that of trial k + 1; se ≈ 1/√n.
    const n = 100_000;
    const u = new Float64Array(n + 1);
    for (let k = 0; k <= n; k++) u[k] = trialStream(99, k).nextFloat() - 0.5;
    let cross = 0;
    for (let k = 0; k < n; k++) cross += u[k] * u[k + 1];
    const correlation = cross / n / (1 / 12);
    expect(Math.abs(correlation)).toBeLessThan(4 / Math.sqrt(n));
  });
});
