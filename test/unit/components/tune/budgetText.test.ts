import { afterEach, describe, expect, it } from 'vitest';
import { budgetText, shownDecimals } from '../../../../src/lib/components/tune/budgetText';
import { setLocale } from '../../../../src/lib/i18n/i18n.svelte';

describe('the budget the answer names', () => {
  afterEach(() => setLocale('en'));

  it('names a share with every digit typed, not rounded to two', () => {
    expect(budgetText({ kind: 'share', share: 0.04237 })).toBe('payout = 4.237% of sales');
    expect(budgetText({ kind: 'share', share: 0.0314159 })).toBe('payout = 3.14159% of sales');
    expect(budgetText({ kind: 'share', share: 0.03 })).toBe('payout = 3% of sales');
    setLocale('zh-CN');
    expect(budgetText({ kind: 'share', share: 0.04237 })).toBe('支出 = 销售额的 4.237%');
  });

  it('counts the decimals a field shows, past float noise and in exponent form', () => {
    expect(shownDecimals(0.04237 * 100)).toBe(3);
    expect(shownDecimals(3)).toBe(0);
    expect(shownDecimals(1e-7)).toBe(7);
    expect(shownDecimals(12.5)).toBe(1);
  });
});
