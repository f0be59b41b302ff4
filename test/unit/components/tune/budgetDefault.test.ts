import { describe, expect, it } from 'vitest';
import { defaultBudgetAmount } from '$lib/components/tune/budgetDefault';

/** Significant figures of a positive number as written. */
const figures = (x: number) =>
  String(x)
    .replace(/^0\.0*|\./g, '')
    .replace(/0+$/, '').length;

describe('defaultBudgetAmount', () => {
  it('offers the payout rounded to two figures in the unit shown, stored in the data unit', () => {
    for (const [payout, factor] of [
      [35.11, 1e4],
      [351_100, 1],
      [1_234_567, 1],
      [0.987, 1e4],
      [99.6, 1],
    ]) {
      const amount = defaultBudgetAmount(payout, factor);
      const shown = amount * factor;
      expect(figures(Math.round(shown)), `${payout}`).toBeLessThanOrEqual(2);
      // Two figures are never more than 5% away (the worst case is 10.5 read as 11).
      expect(Math.abs(shown / (payout * factor) - 1)).toBeLessThanOrEqual(0.05);
    }
    expect(defaultBudgetAmount(35.11, 1e4) * 1e4).toBe(350_000);
  });

  it('offers a million in the unit shown while no payout is known', () => {
    for (const payout of [undefined, 0, -3, Number.NaN, Infinity]) {
      expect(defaultBudgetAmount(payout, 1e4)).toBe(100);
      expect(defaultBudgetAmount(payout, 1)).toBe(1_000_000);
    }
  });
});
