import { describe, expect, it } from 'vitest';
import { trainingQuarters } from '$lib/engine/sweep';
import { expectWithinSe, logMuOf } from './closedForms';

const belief = { logMu: logMuOf(100, 0.3), logSigma: 0.3 };

describe('trainingQuarters', () => {
  it('trainingQuarters draws quarter k the same alone or among others', () => {
    const all = trainingQuarters(7, belief, 0, 10);
    expect(trainingQuarters(7, belief, 4, 1)).toEqual([all[4]]);
    expect(trainingQuarters(7, belief, 0, 10)).toEqual(all);
    expect(trainingQuarters(8, belief, 0, 10)).not.toEqual(all);
  });

  it('trainingQuarters draws sales with the belief’s mean and log-volatility', () => {
    const n = 20000;
    const ys = trainingQuarters(1, belief, 0, n);
    const mean = ys.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(ys.reduce((a, y) => a + (y - mean) ** 2, 0) / (n - 1));
    expectWithinSe(mean, 100, sd / Math.sqrt(n));

    const logs = ys.map(Math.log);
    const logMean = logs.reduce((a, b) => a + b, 0) / n;
    const logSd = Math.sqrt(logs.reduce((a, v) => a + (v - logMean) ** 2, 0) / (n - 1));
    // The sample sd of n normals has a standard error of about σ/√(2n).
    expectWithinSe(logSd, 0.3, 0.3 / Math.sqrt(2 * n));
  });
});
