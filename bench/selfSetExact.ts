import { partialMoment, zOf } from './partialMoment';
import type { PayoutPiece } from './payoutBins';

/** First two moments of a payout for one rep-period, and its pieces for binning. */
export interface PayoutExact {
  mean: number;
  second: number;
  pieces: PayoutPiece[];
}

/**
 * Scheme A of RW1: the essay's self-set bonus floored at zero, t·max(0, Y − |Y − X|)
 * = t·max(0, min(X, 2Y − X)) (domain.md §1), with lognormal Y = X·exp(σZ), X its median.
 * Zero below Y = X/2, t(2Y − X) up to X, and the atom t·X from there on.
 */
export function selfSetExact(median: number, sigma: number, rate: number): PayoutExact {
  const x = median;
  const zHalf = zOf(x / 2, x, sigma);
  const pMid = partialMoment(0, x, sigma, zHalf, 0);
  const m1 = partialMoment(1, x, sigma, zHalf, 0);
  const m2 = partialMoment(2, x, sigma, zHalf, 0);
  const pTop = partialMoment(0, x, sigma, 0, Infinity);

  const mean = rate * (2 * m1 - x * pMid + x * pTop);
  const second = rate * rate * (4 * m2 - 4 * x * m1 + x * x * (pMid + pTop));

  const cap = rate * x;
  const pieces: PayoutPiece[] = [
    { kind: 'atom', zLo: -Infinity, zHi: zHalf, at: 0 },
    {
      kind: 'rising',
      zLo: zHalf,
      zHi: 0,
      lo: 0,
      hi: cap,
      zAt: (c) => zOf((c / rate + x) / 2, x, sigma),
    },
    { kind: 'atom', zLo: 0, zHi: Infinity, at: cap },
  ];
  return { mean, second, pieces };
}
