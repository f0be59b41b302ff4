/**
 * Closed forms for lognormal sales the sweep tests compare against (shared/domain.md §1).
 * Y = exp(μ + σZ) with mean m, so μ = ln m − σ²/2, and the partial expectations are
 * E[Y^k; Y < x] = exp(kμ + k²σ²/2)·Φ((ln x − μ − kσ²)/σ).
 */
import { expect } from 'vitest';
import { normalCdf } from '$lib/engine/normalCdf';
import type { RepModel } from '$lib/engine/types';

export function logMuOf(m: number, sigma: number): number {
  return Math.log(m) - (sigma * sigma) / 2;
}

/** E[Y^k; Y < x]. */
export function partial(m: number, sigma: number, x: number, k: number): number {
  const mu = logMuOf(m, sigma);
  return (
    Math.exp(k * mu + (k * k * sigma * sigma) / 2) *
    normalCdf((Math.log(x) - mu - k * sigma * sigma) / sigma)
  );
}

/** The essay's E[Z](x) = t(2E[min(Y, x)] − x), no floor. */
export function essayExpected(m: number, sigma: number, t: number, x: number): number {
  const below = normalCdf((Math.log(x) - logMuOf(m, sigma)) / sigma);
  const min = partial(m, sigma, x, 1) + x * (1 - below);
  return t * (2 * min - x);
}

/** Var[Z] of the essay's pay at the median x, no floor: Z/t = x if Y ≥ x else 2Y − x. */
export function essayVarianceAtMedian(m: number, sigma: number, t: number): number {
  const x = Math.exp(logMuOf(m, sigma));
  const second =
    0.5 * x * x + 4 * partial(m, sigma, x, 2) - 4 * x * partial(m, sigma, x, 1) + 0.5 * x * x;
  const first = 2 * m * (1 - normalCdf(sigma));
  return t * t * (second - first * first);
}

/** Payout per unit of expected sales at the median, no floor: 2(1 − Φ(σ)). */
export function essayShareAtMedian(sigma: number): number {
  return 2 * (1 - normalCdf(sigma));
}

/**
 * Over- and under-forecast in money at X = median, as shares of expected sales: Y = X·e^{σZ}
 * and E[Y] = X·e^{σ²/2}, so E[(X − Y)⁺]/E[Y] = e^{−σ²/2}/2 − Φ(−σ) and
 * E[(Y − X)⁺]/E[Y] = Φ(σ) − e^{−σ²/2}/2.
 */
export function forecastErrorsAtMedian(sigma: number): { over: number; under: number } {
  const h = Math.exp((-sigma * sigma) / 2) / 2;
  return { over: h - normalCdf(-sigma), under: normalCdf(sigma) - h };
}

export function rep(id: string, mean: number[], sigma: number): RepModel {
  return { id, name: id, mean, sigma, historyPeriods: 24, thin: false };
}

/** |actual − expected| ≤ k·se, with a se that must be a real positive number. */
export function expectWithinSe(actual: number, expected: number, se: number, k = 4): void {
  expect(se).toBeGreaterThan(0);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(k * se);
}
