import { partialMoment, zOf } from './partialMoment';

/**
 * Mean and second moment of the absolute percentage error |Y − T| / Y of a target T against
 * lognormal Y = median·exp(σZ). Y > 0 almost surely, so the Y = 0 guard never applies here.
 * |1 − T/Y| splits at Y = T; E[T/Y · 1{…}] uses the moment of order −1.
 */
export function apeExact(
  target: number,
  median: number,
  sigma: number,
): { mean: number; second: number } {
  const zt = zOf(target, median, sigma);
  const pm = (k: number, lo: number, hi: number) => partialMoment(k, median, sigma, lo, hi);

  const over = pm(0, zt, Infinity) - target * pm(-1, zt, Infinity);
  const under = target * pm(-1, -Infinity, zt) - pm(0, -Infinity, zt);

  const all = (k: number) => pm(k, -Infinity, Infinity);
  const second = 1 - 2 * target * all(-1) + target * target * all(-2);
  return { mean: over + under, second };
}
