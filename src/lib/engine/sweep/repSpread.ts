/**
 * Statistics of the reps' pay over a horizon, from per-rep sums of pay and of squared pay over
 * n trials (what the engine keeps per block).
 */

export interface RepSums {
  n: number;
  sum: ArrayLike<number>;
  sumSq: ArrayLike<number>;
}

/**
 * Mean over reps of the certainty equivalent of pay, μ − (γ/2)·σ²/μ: the second-order
 * approximation of a CRRA utility with relative risk aversion γ around expected pay (Pratt
 * 1964). A rep whose expected pay is not positive has no such scale; its CE is its mean.
 */
export function meanCertaintyEquivalent(sums: RepSums, riskAversion: number): number {
  const reps = sums.sum.length;
  let total = 0;
  for (let r = 0; r < reps; r++) {
    const mean = sums.sum[r] / sums.n;
    const variance = Math.max(0, (sums.sumSq[r] - sums.sum[r] * mean) / (sums.n - 1));
    total += mean > 0 ? mean - (riskAversion / 2) * (variance / mean) : mean;
  }
  return total / reps;
}

/**
 * Spread of pay across reps as the coefficient of variation (population sd / mean) of each
 * rep's expected pay per unit of its expected sales: 0 when every rep earns the same share of
 * what it sells, so reps are not paid differently for the same sales. NaN with fewer than two
 * reps: a spread across reps needs reps to differ from, and 0 would read as perfectly fair.
 */
export function payRateSpread(sums: RepSums, expectedSales: ArrayLike<number>): number {
  const reps = sums.sum.length;
  if (reps < 2) return NaN;
  const rates = new Float64Array(reps);
  let total = 0;
  for (let r = 0; r < reps; r++) {
    rates[r] = sums.sum[r] / sums.n / expectedSales[r];
    total += rates[r];
  }
  const mean = total / reps;

  let squares = 0;
  for (let r = 0; r < reps; r++) {
    const d = rates[r] - mean;
    squares += d * d;
  }
  return Math.sqrt(squares / reps) / Math.abs(mean);
}
