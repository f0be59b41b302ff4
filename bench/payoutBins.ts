import { normalCdf } from './normalCdf';

/**
 * A piece of a payout rule over the Z-interval [zLo, zHi): either an atom (the payout is `at`
 * throughout) or a stretch where the payout rises strictly from `lo` to `hi`, `zAt` inverting it.
 */
export type PayoutPiece =
  | { kind: 'atom'; zLo: number; zHi: number; at: number }
  | {
      kind: 'rising';
      zLo: number;
      zHi: number;
      lo: number;
      hi: number;
      zAt: (payout: number) => number;
    };

/**
 * Adds to `probs` the probability that the payout falls in each of `probs.length` equal bins
 * over [0, top), values outside clamped to the end bins, as the benchmarks bin them:
 * bin = clamp(floor(payout · bins / top)).
 */
export function addPayoutBins(probs: Float64Array, top: number, pieces: PayoutPiece[]): void {
  const bins = probs.length;
  const binOf = (payout: number) =>
    Math.min(bins - 1, Math.max(0, Math.floor((payout * bins) / top)));

  for (const piece of pieces) {
    if (piece.kind === 'atom') {
      probs[binOf(piece.at)] += normalCdf(piece.zHi) - normalCdf(piece.zLo);
      continue;
    }

    const last = binOf(piece.hi);
    let z = piece.zLo;
    for (let b = binOf(piece.lo); b <= last; b++) {
      const zEnd = b === last ? piece.zHi : piece.zAt(((b + 1) * top) / bins);
      probs[b] += normalCdf(zEnd) - normalCdf(z);
      z = zEnd;
    }
  }
}
