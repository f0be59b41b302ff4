import { describe, expect, it } from 'vitest';
import { meanCertaintyEquivalent, payRateSpread } from '$lib/engine/sweep';

// Two reps over four trials: pays [1, 3, 5, 7] and [10, 10, 10, 10].
const pays = [
  [1, 3, 5, 7],
  [10, 10, 10, 10],
];
const sums = {
  n: 4,
  sum: pays.map((p) => p.reduce((a, b) => a + b, 0)),
  sumSq: pays.map((p) => p.reduce((a, b) => a + b * b, 0)),
};

describe('rep spread', () => {
  it('meanCertaintyEquivalent takes (γ/2)·variance/mean off each rep’s mean pay', () => {
    // Rep 1: mean 4, sample variance 20/3; rep 2: mean 10, variance 0.
    expect(meanCertaintyEquivalent(sums, 0)).toBeCloseTo(7, 12);
    expect(meanCertaintyEquivalent(sums, 2)).toBeCloseTo((4 - 20 / 3 / 4 + 10) / 2, 12);
  });

  it('payRateSpread is the coefficient of variation of pay per unit of expected sales', () => {
    // Rates 4/100 and 10/100: mean 0.07, population sd 0.03.
    expect(payRateSpread(sums, [100, 100])).toBeCloseTo(0.03 / 0.07, 12);
    // Rates 4/40 and 10/100 are equal: nobody is paid more for the same sales.
    expect(payRateSpread(sums, [40, 100])).toBeCloseTo(0, 12);
  });

  it('payRateSpread is not defined (NaN) for a single rep, whose rate has nothing to differ from', () => {
    const one = { n: 4, sum: [sums.sum[0]], sumSq: [sums.sumSq[0]] };
    expect(payRateSpread(one, [100])).toBeNaN();
  });
});
