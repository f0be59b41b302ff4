import { describe, expect, it } from 'vitest';
import { bestTarget } from '$lib/engine/bestResponse';
import { haggledQuotaPay } from '$lib/engine/schemes/haggledQuota';
import { payCurve } from '$lib/engine/schemes/payCurve';
import { selfSet } from '$lib/engine/schemes/selfSet';
import { truthTellingPay } from '$lib/engine/schemes/truthTelling';
import type { CondimentLetterScheme, PharmaLetterScheme } from '$lib/engine/types';

const sales = [0, 40, 80, 100, 120, 200];

describe('payCurve', () => {
  it('payCurve draws the truth-telling rule at the rep best response or a chosen target', () => {
    const essay = selfSet(0.05, 'zero');
    const best = bestTarget(essay, { logMu: Math.log(100) - 0.045, logSigma: 0.3 });
    const planned = payCurve(essay, { expected: 100, sigma: 0.3 }, sales);
    expect(planned.target).toBeCloseTo(best, 9);

    const chosen = payCurve(essay, { expected: 100, sigma: 0.3, target: 90 }, sales);
    expect(chosen.target).toBe(90);
    expect(Array.from(chosen.pay)).toEqual(sales.map((y) => truthTellingPay(essay, 90, y)));
  });

  it('payCurve pays one quarter of the pharma letter without fines or receivables', () => {
    const letter: PharmaLetterScheme = {
      kind: 'pharma-letter',
      id: 'p',
      label: 'p',
      quota: { kind: 'share', share: 1 },
      basePay: { kind: 'fixed', values: [3] },
      performancePay: { kind: 'share', share: 0.05 },
      excessRate: 0.005,
      fines: [{ kind: 'events', id: 'f', label: 'f', amount: 100, expected: 5 }],
      review: { periods: 4, penalty: 0 },
      receivables: { target: 1e9, expected: 1, sigma: 0.1, penalty: 1000 },
      expenseBudget: 0,
      periodsPerYear: 4,
    };
    const curve = payCurve(letter, { expected: 100, sigma: 0.2, target: 110 }, sales);
    expect(Array.from(curve.pay)).toEqual(sales.map((y) => 3 + haggledQuotaPay(5, 0.005, 110, y)));
  });

  it('payCurve pays a condiment month its commission only when it reaches the target', () => {
    const letter: CondimentLetterScheme = {
      kind: 'condiment-letter',
      id: 'c',
      label: 'c',
      skus: [
        {
          id: 'a',
          label: 'a',
          commissionPerCase: 2,
          share: 1,
          target: { kind: 'fixed', values: [100] },
        },
      ],
      baseSalary: { kind: 'fixed', values: [1000] },
      settleEvery: 2,
      demotion: { periods: 2, penalty: 0 },
      fines: [],
      periodsPerYear: 12,
    };
    const curve = payCurve(letter, { expected: 100, sigma: 0.2 }, sales);
    expect(curve.target).toBe(100);
    expect(Array.from(curve.pay)).toEqual(sales.map((y) => (y >= 100 ? 1000 + 2 * y : 1000)));
  });

  it('payCurve draws a menu at the contract the rep picks, with no target', () => {
    const menu = {
      kind: 'linear-menu' as const,
      id: 'm',
      label: 'm',
      options: [
        { fixed: 10, rate: 0 },
        { fixed: 0, rate: 0.2 },
      ],
    };
    expect(Array.from(payCurve(menu, { expected: 40, sigma: 0.2 }, [50]).pay)).toEqual([10]);
    const big = payCurve(menu, { expected: 100, sigma: 0.2, target: 5 }, [50]);
    expect([big.target, big.pay[0]]).toEqual([NaN, 10]);
  });
});
