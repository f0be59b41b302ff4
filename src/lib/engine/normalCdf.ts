/**
 * Hart's rational form is exact to ~1e-15 absolute up to 7.07 but loses relative digits in the
 * tail (1e-9 near 7, measured against quadrature), so beyond 4 the continued fraction takes over;
 * 60 terms keep it within ~1e-13 relative from 2.5 outwards.
 */
import { exp } from './portableMath';

const RATIONAL_LIMIT = 4;
const MILLS_TERMS = 60;

/**
 * Φ(x), the standard normal distribution function, to about 1e-15: Hart's (1968) algorithm
 * 5666 as given by G. West (2005), "Better approximations to cumulative normal functions",
 * Wilmott Magazine. The lower tail is computed directly, so Φ(−8) keeps its relative digits.
 */
export function normalCdf(x: number): number {
  const z = Math.abs(x);
  let lower: number;
  if (z > 37) {
    lower = 0;
  } else if (z < RATIONAL_LIMIT) {
    const e = exp(-0.5 * z * z);
    let n = 3.52624965998911e-2 * z + 0.700383064443688;
    n = n * z + 6.37396220353165;
    n = n * z + 33.912866078383;
    n = n * z + 112.079291497871;
    n = n * z + 221.213596169931;
    n = n * z + 220.206867912376;
    let d = 8.83883476483184e-2 * z + 1.75566716318264;
    d = d * z + 16.064177579207;
    d = d * z + 86.7807322029461;
    d = d * z + 296.564248779674;
    d = d * z + 637.333633378831;
    d = d * z + 793.826512519948;
    d = d * z + 440.413735824752;
    lower = (e * n) / d;
  } else {
    // Laplace's continued fraction for the Mills ratio, 1/(z + 1/(z + 2/(z + 3/(z + …)))).
    let c = z;
    for (let k = MILLS_TERMS; k >= 1; k--) c = z + k / c;
    lower = exp(-0.5 * z * z) / c / Math.sqrt(2 * Math.PI);
  }
  return x > 0 ? 1 - lower : lower;
}

/** φ(x), the standard normal density. */
export function normalPdf(x: number): number {
  return exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}
