/**
 * 95% intervals from a standard error. Most figures' standard errors come from every trial,
 * thousands of them, and 1.96 of them make the interval. Rep utility and the spread of pay
 * are measured across reps over the whole run, and their standard error comes from a
 * jackknife over groups of trials (sweep/jackknife.ts): from a few groups it is itself
 * uncertain, and the interval takes Student's t for its degrees of freedom instead, 12.7
 * standard errors from two groups, 2.26 from ten, 1.98 from a hundred.
 */
import { Z95 } from './sweep/constants';
import type { Estimate } from './types';

/** Student's t 97.5% points for 1 to 30 degrees of freedom, to five significant digits. */
const T95 = [
  12.706, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.306, 2.2622, 2.2281, 2.201, 2.1788,
  2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.093, 2.086, 2.0796, 2.0739, 2.0687, 2.0639,
  2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423,
];

/**
 * Student's t 97.5% point for df degrees of freedom: the table up to 30, above it the
 * Cornish–Fisher expansion in 1/df to its third term (within 2e-6 there).
 */
export function t95(df: number): number {
  if (!(df >= 1)) return Number.NaN;
  if (df <= T95.length) return T95[Math.floor(df) - 1];
  const z = Z95;
  const z2 = z * z;
  const first = (z * (z2 + 1)) / 4;
  const second = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const third = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  return z + first / df + second / df ** 2 + third / df ** 3;
}

/** Half the width of the 95% interval of an estimate; null when its standard error is unknown. */
export function halfWidth95(e: Estimate): number | null {
  if (!Number.isFinite(e.se)) return null;
  return (e.df === undefined ? Z95 : t95(e.df)) * e.se;
}
