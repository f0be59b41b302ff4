import { describe, expect, it } from 'vitest';
import { apeExact } from '../apeExact';
import { haggledQuotaExact } from '../haggledQuotaExact';
import { addPayoutBins } from '../payoutBins';
import { rw1Exact, standardError } from '../rw1Exact';
import { drawsOf, RW1 } from '../rw1Workload';
import { selfSetExact } from '../selfSetExact';
import { integrateNormal } from './integrateNormal';

const exact = rw1Exact();
const draws = drawsOf(RW1);

// Rep-periods spanning the workload's range of volatility and level.
const CELLS = [
  { sigma: 0.1, mean: 81 },
  { sigma: 0.25, mean: 123.75 },
  { sigma: 0.4, mean: 180.29 },
];

describe('rw1Exact', () => {
  it('rw1Exact reproduces the means quoted in issue 7', () => {
    expect(Math.abs(exact.a.mean - 5.0111912)).toBeLessThan(1e-7);
    expect(Math.abs(exact.b.mean - 900.76808)).toBeLessThan(1e-6);
    expect(Math.abs(exact.a.ape - 0.2056401)).toBeLessThan(1e-7);
    expect(Math.abs(exact.b.ape - 0.2178614)).toBeLessThan(1e-7);
  });

  it('rw1Exact gives the standard errors quoted in issue 7 for one run of 40 million draws', () => {
    expect(standardError(exact.a.sdWithin, draws)).toBeCloseTo(0.00023, 5);
    expect(standardError(exact.b.sdWithin, draws)).toBeCloseTo(0.021, 3);
  });

  it('rw1Exact bin probabilities are non-negative and add up to one', () => {
    for (const s of [exact.a, exact.b]) {
      expect(Math.min(...s.bins)).toBeGreaterThan(-1e-15);
      expect(s.bins.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 12);
    }
  });
});

describe('selfSetExact', () => {
  it('selfSetExact gives domain.md’s floored lognormal value 3.1545785 at σ = 0.5', () => {
    const median = 100 * Math.exp(-0.125);
    expect(selfSetExact(median, 0.5, 0.05).mean).toBeCloseTo(3.1545785, 7);
  });

  it('selfSetExact agrees with numerical integration of t·max(0, Y − |Y − X|)', () => {
    for (const { sigma, mean } of CELLS) {
      const x = mean * Math.exp(-0.5 * sigma * sigma);
      const pay = (z: number) => {
        const y = x * Math.exp(sigma * z);
        return 0.05 * Math.max(0, y - Math.abs(y - x));
      };
      const e = selfSetExact(x, sigma, 0.05);
      expect(e.mean).toBeCloseTo(integrateNormal(pay), 8);
      expect(e.second).toBeCloseTo(
        integrateNormal((z) => pay(z) ** 2),
        7,
      );
    }
  });
});

describe('haggledQuotaExact', () => {
  it('haggledQuotaExact agrees with numerical integration of the pharma letter’s pay', () => {
    for (const { sigma, mean } of CELLS) {
      const median = mean * Math.exp(-0.5 * sigma * sigma);
      for (const quota of [0.9 * mean, mean, 1.2 * mean]) {
        const pay = (z: number) => {
          const y = median * Math.exp(sigma * z);
          return 1000 * Math.min(1, y / quota) + 0.005 * Math.max(0, y - quota);
        };
        const e = haggledQuotaExact(median, sigma, quota, 1000, 0.005);
        expect(e.mean).toBeCloseTo(integrateNormal(pay), 6);
        expect(e.second / integrateNormal((z) => pay(z) ** 2)).toBeCloseTo(1, 9);
      }
    }
  });
});

describe('apeExact', () => {
  it('apeExact agrees with numerical integration of |Y − T| / Y and its square', () => {
    for (const { sigma, mean } of CELLS) {
      const median = mean * Math.exp(-0.5 * sigma * sigma);
      for (const target of [median, mean, 1.3 * mean]) {
        const ape = (z: number) => Math.abs(1 - target / (median * Math.exp(sigma * z)));
        const e = apeExact(target, median, sigma);
        expect(e.mean).toBeCloseTo(integrateNormal(ape), 8);
        expect(e.second).toBeCloseTo(
          integrateNormal((z) => ape(z) ** 2),
          7,
        );
      }
    }
  });
});

describe('addPayoutBins', () => {
  it('addPayoutBins agrees with binning the payout on a fine grid of Z', () => {
    const { sigma, mean } = CELLS[2];
    const median = mean * Math.exp(-0.5 * sigma * sigma);
    const cases = [
      {
        top: 10,
        exact: selfSetExact(median, sigma, 0.05),
        pay: (y: number) => 0.05 * Math.max(0, y - Math.abs(y - median)),
      },
      {
        top: 1024,
        exact: haggledQuotaExact(median, sigma, mean, 1000, 0.005),
        pay: (y: number) => 1000 * Math.min(1, y / mean) + 0.005 * Math.max(0, y - mean),
      },
    ];

    for (const { top, exact: e, pay } of cases) {
      const probs = new Float64Array(64);
      addPayoutBins(probs, top, e.pieces);

      const grid = new Float64Array(64);
      for (let b = 0; b < 64; b++) {
        const inBin = (z: number) => {
          const bin = Math.min(63, Math.floor((pay(median * Math.exp(sigma * z)) * 64) / top));
          return bin === b ? 1 : 0;
        };
        grid[b] = integrateNormal(inBin, 60_000);
      }
      for (let b = 0; b < 64; b++) expect(Math.abs(probs[b] - grid[b])).toBeLessThan(2e-4);
    }
  });
});
