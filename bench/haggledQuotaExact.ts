import { partialMoment, zOf } from './partialMoment';
import type { PayoutPiece } from './payoutBins';
import type { PayoutExact } from './selfSetExact';

/**
 * Scheme B of RW1: the pharma letter's pay on a quota Q (domain.md §3),
 * pay·min(1, Y/Q) + excessRate·max(0, Y − Q), with lognormal Y = median·exp(σZ).
 */
export function haggledQuotaExact(
  median: number,
  sigma: number,
  quota: number,
  pay: number,
  excessRate: number,
): PayoutExact {
  const zq = zOf(quota, median, sigma);
  const below1 = partialMoment(1, median, sigma, -Infinity, zq);
  const below2 = partialMoment(2, median, sigma, -Infinity, zq);
  const pAbove = partialMoment(0, median, sigma, zq, Infinity);
  const above1 = partialMoment(1, median, sigma, zq, Infinity);
  const above2 = partialMoment(2, median, sigma, zq, Infinity);

  const mean = (pay * below1) / quota + pay * pAbove + excessRate * (above1 - quota * pAbove);

  // Above the quota the payout is c + e·Y with c = pay − e·Q.
  const c = pay - excessRate * quota;
  const second =
    (pay * pay * below2) / (quota * quota) +
    c * c * pAbove +
    2 * c * excessRate * above1 +
    excessRate * excessRate * above2;

  const above: PayoutPiece =
    excessRate > 0
      ? {
          kind: 'rising',
          zLo: zq,
          zHi: Infinity,
          lo: pay,
          hi: Infinity,
          zAt: (v) => zOf(quota + (v - pay) / excessRate, median, sigma),
        }
      : { kind: 'atom', zLo: zq, zHi: Infinity, at: pay };
  const pieces: PayoutPiece[] = [
    {
      kind: 'rising',
      zLo: -Infinity,
      zHi: zq,
      lo: 0,
      hi: pay,
      zAt: (v) => zOf((v * quota) / pay, median, sigma),
    },
    above,
  ];
  return { mean, second, pieces };
}
