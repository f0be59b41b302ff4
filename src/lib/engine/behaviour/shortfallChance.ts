/**
 * The chance that a sum of independent lognormal sales, cell i with mean mean[i] and log-sd
 * sigma[i], ends below `threshold`. The sum is taken as the lognormal with the same mean and
 * variance (Fenton 1960; Wilkinson's moment match), exact for one cell and close for the
 * dozen months of a year, where the sum is nearly normal anyway.
 */
import { normalCdf } from '../normalCdf';
import { expm1, log, log1p } from '../portableMath';

export function shortfallChance(
  mean: ArrayLike<number>,
  sigma: ArrayLike<number>,
  threshold: number,
): number {
  let total = 0;
  let variance = 0;
  for (let i = 0; i < mean.length; i++) {
    total += mean[i];
    variance += mean[i] * mean[i] * expm1(sigma[i] * sigma[i]);
  }
  if (!(threshold > 0)) return 0;
  if (!(total > 0)) return 1;
  if (!(variance > 0)) return total < threshold ? 1 : 0;
  const s2 = log1p(variance / (total * total));
  return normalCdf((log(threshold / total) + 0.5 * s2) / Math.sqrt(s2));
}
