import { normalCdf } from './normalCdf';

/**
 * E[Y^k · 1{zLo ≤ Z < zHi}] for Y = median·exp(σZ), Z standard normal.
 * Completing the square gives median^k · e^(k²σ²/2) · (Φ(zHi − kσ) − Φ(zLo − kσ)).
 * Infinite bounds are allowed; k may be negative.
 */
export function partialMoment(
  k: number,
  median: number,
  sigma: number,
  zLo: number,
  zHi: number,
): number {
  if (!(zLo < zHi)) return 0;

  const shift = k * sigma;
  const mass = normalCdf(zHi - shift) - normalCdf(zLo - shift);
  return median ** k * Math.exp(0.5 * shift * shift) * mass;
}

/** The Z at which Y = median·exp(σZ) equals y (−∞ for y ≤ 0). */
export function zOf(y: number, median: number, sigma: number): number {
  return y > 0 ? Math.log(y / median) / sigma : -Infinity;
}
