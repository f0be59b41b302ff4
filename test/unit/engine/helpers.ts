/**
 * Closed forms and independent computations the engine's tests compare against.
 * Formulas are those of shared/domain.md §1.
 */
import { expect } from 'vitest';
import { normalCdf, normalPdf } from '$lib/engine/normalCdf';
import type { RepModel } from '$lib/engine/types';

/** Property tests are seeded like every other test here, so a run is reproducible. */
export const FAST_CHECK = { seed: 20261204, numRuns: 200 };

/** |actual − expected| ≤ k standard errors. */
export function expectWithinSe(actual: number, expected: number, se: number, k = 3): void {
  expect(se).toBeGreaterThan(0);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(k * se);
}

/** E|Y − x| for Y ~ N(μ, σ²): σ(2φ(z) + z(2Φ(z) − 1)), z = (x − μ)/σ. */
export function expectedAbsNormal(mu: number, sigma: number, x: number): number {
  const z = (x - mu) / sigma;
  return sigma * (2 * normalPdf(z) + z * (2 * normalCdf(z) - 1));
}

/** The essay's E[Z](X) = t(μ − E|Y − X|) for normal sales, no floor. */
export function essayNormalExpected(mu: number, sigma: number, t: number, x: number): number {
  return t * (mu - expectedAbsNormal(mu, sigma, x));
}

/** E[Z] = 2tm(1 − Φ(σ)) for lognormal sales of mean m, X = median, no floor. */
export function essayLognormalAtMedian(m: number, sigma: number, t: number): number {
  return 2 * t * m * (1 - normalCdf(sigma));
}

/**
 * The same with the floor at 0, from lognormal partial expectations
 * E[Y·1{a ≤ Y < b}] = m(Φ((ln b − μ − σ²)/σ) − Φ((ln a − μ − σ²)/σ)), μ = ln m − σ²/2:
 * E = t(X·P(Y ≥ X) + 2E[Y·1{X/2 ≤ Y < X}] − X·P(X/2 ≤ Y < X)).
 */
export function essayLognormalAtMedianFloored(m: number, sigma: number, t: number): number {
  const mu = Math.log(m) - (sigma * sigma) / 2;
  const x = Math.exp(mu);
  const half = -Math.LN2 / sigma;
  const partial = m * (normalCdf(-sigma) - normalCdf(half - sigma));
  return t * (x * 0.5 + 2 * partial - x * (0.5 - normalCdf(half)));
}

/** Composite Simpson's rule with n (even) intervals. */
export function simpson(f: (x: number) => number, a: number, b: number, n = 20000): number {
  const h = (b - a) / n;
  let sum = f(a) + f(b);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (sum * h) / 3;
}

/** Root of an increasing function on [a, b] by bisection. */
export function bisect(f: (x: number) => number, a: number, b: number): number {
  for (let i = 0; i < 200 && b - a > 1e-13 * Math.abs(b); i++) {
    const mid = (a + b) / 2;
    if (f(mid) < 0) a = mid;
    else b = mid;
  }
  return (a + b) / 2;
}

/** Sample mean and its standard error. */
export function meanAndSe(values: ArrayLike<number>): { mean: number; se: number } {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
  return { mean, se: Math.sqrt(squares / (n - 1) / n) };
}

/** A calibrated-looking rep with the given expected sales per period. */
export function rep(id: string, mean: number[], sigma: number): RepModel {
  return { id, name: id, mean, sigma, historyPeriods: 8, thin: false };
}
