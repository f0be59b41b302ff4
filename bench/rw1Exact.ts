import { apeExact } from './apeExact';
import { haggledQuotaExact } from './haggledQuotaExact';
import { addPayoutBins } from './payoutBins';
import { RW1, quotaOf, repMean, repSigma, type Rw1Workload } from './rw1Workload';
import { selfSetExact, type PayoutExact } from './selfSetExact';

/** Exact per-draw figures of one scheme, pooled over all rep-periods of RW1 with equal weight. */
export interface SchemeExact {
  mean: number;
  /**
   * Standard deviation of one draw's payout across the pooled draws: what a run's sum and sum
   * of squares estimate, so sd/√draws is the se such a run reports.
   */
  sd: number;
  /**
   * Root mean within-rep-period variance. Every trial draws each rep-period once, so the true
   * standard error of a run's mean is sdWithin/√draws, smaller than the pooled one.
   */
  sdWithin: number;
  /** Mean of |Y − X| / Y against the scheme's target, and its within-rep-period sd. */
  ape: number;
  apeSdWithin: number;
  /** Probability of each histogram bin. */
  bins: Float64Array;
}

export interface Rw1Exact {
  a: SchemeExact;
  b: SchemeExact;
}

/**
 * The exact answers of RW1, in closed form from the lognormal's partial moments, so that a
 * run of any implementation can be judged by (estimate − exact) / se.
 */
export function rw1Exact(w: Rw1Workload = RW1): Rw1Exact {
  const a = new Accumulator(w.bins);
  const b = new Accumulator(w.bins);

  for (let r = 0; r < w.reps; r++) {
    const sigma = repSigma(r);
    for (let p = 0; p < w.periods; p++) {
      const mean = repMean(r) * w.season[p];
      const median = mean * Math.exp(-0.5 * sigma * sigma);
      const quota = quotaOf(mean);

      a.add(selfSetExact(median, sigma, w.rate), apeExact(median, median, sigma), w.topA);
      const payB = haggledQuotaExact(median, sigma, quota, w.fixedPay, w.excessRate);
      b.add(payB, apeExact(quota, median, sigma), w.topB);
    }
  }

  const n = w.reps * w.periods;
  return { a: a.result(n), b: b.result(n) };
}

/** The standard error of a mean over `draws` draws from the pooled distribution. */
export function standardError(sd: number, draws: number): number {
  return sd / Math.sqrt(draws);
}

class Accumulator {
  private mean = 0;
  private second = 0;
  private variance = 0;
  private ape = 0;
  private apeVariance = 0;
  private readonly bins: Float64Array;

  constructor(bins: number) {
    this.bins = new Float64Array(bins);
  }

  add(pay: PayoutExact, ape: { mean: number; second: number }, top: number): void {
    this.mean += pay.mean;
    this.second += pay.second;
    this.variance += pay.second - pay.mean * pay.mean;
    this.ape += ape.mean;
    this.apeVariance += ape.second - ape.mean * ape.mean;
    addPayoutBins(this.bins, top, pay.pieces);
  }

  result(n: number): SchemeExact {
    const mean = this.mean / n;
    return {
      mean,
      sd: Math.sqrt(this.second / n - mean * mean),
      sdWithin: Math.sqrt(this.variance / n),
      ape: this.ape / n,
      apeSdWithin: Math.sqrt(this.apeVariance / n),
      bins: this.bins.map((v) => v / n),
    };
  }
}
