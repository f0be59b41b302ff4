import { describe, expect, it } from 'vitest';
import { unreachableKey } from '../../../../src/lib/components/tune/unreachableText';
import { solveBudget, type Budget, type SweepPoint } from '../../../../src/lib/engine/sweep';
import { setLocale, t } from '../../../../src/lib/i18n/i18n.svelte';

setLocale('en');

const e = (mean: number) => ({ mean, se: 0.1 });

/** A sweep of a parameter from 0 to 1 whose total payout runs from `from` to `to`. */
function sweep(from: number, to: number): SweepPoint[] {
  return [0, 0.25, 0.5, 0.75, 1].map((value) => {
    const payout = from + (to - from) * value;
    return {
      value,
      payout: e(payout),
      sales: e(1000),
      share: e(payout / 1000),
      mape: e(0.1),
      within: e(0.4),
      hitRate: e(0.5),
    };
  });
}

/** The message for a budget no point of the sweep meets, in English. */
function advice(points: SweepPoint[], budget: Budget): string {
  const solution = solveBudget(points, budget);
  if (solution.status !== 'unreachable') throw new Error('the budget was met');
  return t(unreachableKey(points, budget, solution), { parameter: 'p', budget: 'b' });
}

describe('the advice for a budget the sweep cannot meet', () => {
  it('points to lower values when payout falls and the budget is above every point', () => {
    // A boss's bargaining power: payout runs from 128 at 0 down to 99.5 at 1.
    const text = advice(sweep(128.2, 99.5), { kind: 'amount', amount: 200 });
    expect(text).toMatch(/^Even the smallest .* costs less than .*: sweep lower values\.$/);
  });

  it('points to higher values when payout falls and the budget is below every point', () => {
    const text = advice(sweep(128.2, 99.5), { kind: 'amount', amount: 50 });
    expect(text).toMatch(/^Even the largest .* costs more than .*: sweep higher values\.$/);
  });

  it('gives the base-pay reason for a flat sweep of base pay only', () => {
    const points = sweep(128.2, 128.2);
    const budget = { kind: 'amount', amount: 200 } as const;
    const solution = solveBudget(points, budget);
    if (solution.status !== 'unreachable') throw new Error('the budget was met');
    const words = (parameter: 'basePay' | 'expenseBudget') =>
      t(unreachableKey(points, budget, solution, parameter), { parameter: 'p', budget: 'b' });
    expect(words('basePay')).toContain('negative bonus is deducted');
    expect(words('expenseBudget')).not.toContain('base pay');
  });

  it('says a parameter that pays the same at every point does not act on payout', () => {
    // A base pay under a floor at 0: the same draws pay the same whatever its value.
    for (const budget of [
      { kind: 'amount', amount: 200 },
      { kind: 'share', share: 0.05 },
    ] as const) {
      const text = advice(sweep(128.2, 128.2), budget);
      expect(text).toMatch(/^Every “p” of the sweep pays the same, so none meets b: /);
      expect(text).not.toMatch(/sweep (lower|higher) values/);
    }
  });

  it('keeps the rising curve’s advice, and reads a share budget off the shares', () => {
    expect(advice(sweep(100, 130), { kind: 'amount', amount: 200 })).toMatch(
      /^Even the largest .* costs less than .*: sweep higher values\.$/,
    );
    expect(advice(sweep(100, 130), { kind: 'share', share: 0.05 })).toMatch(
      /^Even the smallest .* costs more than .*: sweep lower values\.$/,
    );
    expect(advice(sweep(130, 100), { kind: 'share', share: 0.5 })).toMatch(
      /^Even the smallest .* costs less than .*: sweep lower values\.$/,
    );
  });

  it('asks for another budget, not lower values, when the sweep starts at the least it can', () => {
    // A share swept from 0, the least its From field takes (0 to 1,000%), that costs too much.
    const percent = { min: 0, max: 10, integer: false };
    const budget = { kind: 'amount', amount: 50 } as const;
    const words = (points: SweepPoint[], limit = percent) => {
      const solution = solveBudget(points, budget);
      if (solution.status !== 'unreachable') throw new Error('the budget was met');
      return t(unreachableKey(points, budget, solution, 'repOpening', limit), {
        parameter: 'p',
        budget: 'b',
      });
    };
    const atZero = words(sweep(100, 130));
    expect(atZero).toMatch(/^Every “p” of the sweep costs more than b, .*Set a larger budget/);
    expect(atZero).not.toMatch(/sweep (lower|higher) values/);
    // Falling, its cheap end is the largest value: at the field's most, the same holds.
    expect(words(sweep(130, 100), { min: -1, max: 1, integer: false })).toMatch(/larger budget/);
    // A sweep whose end is inside the range still points past it.
    expect(words(sweep(100, 130), { min: -1, max: 10, integer: false })).toMatch(
      /sweep lower values\.$/,
    );
    // A budget above every point, the dear end at the most: a smaller budget.
    const above = { kind: 'amount', amount: 500 } as const;
    const solution = solveBudget(sweep(100, 130), above);
    if (solution.status !== 'unreachable') throw new Error('the budget was met');
    const limit = { min: -1, max: 1, integer: false };
    expect(
      t(unreachableKey(sweep(100, 130), above, solution, 'repOpening', limit), {
        parameter: 'p',
        budget: 'b',
      }),
    ).toMatch(/costs less than b, .*Set a smaller budget/);
  });
});
