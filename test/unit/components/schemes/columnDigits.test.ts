import { describe, expect, it } from 'vitest';
import { columnDigits } from '$lib/components/schemes/columnDigits';
import { formatNumber } from '$lib/i18n/format';

describe('columnDigits', () => {
  it('gives ¥0.2 and ¥1.18 in one column the same two decimals', () => {
    const digits = columnDigits([0.2, 1.18]);
    const texts = [0.2, 1.18].map((v) => formatNumber('en', v, 'money', 'CNY', { digits }));
    expect(texts).toEqual(['CN¥0.20', 'CN¥1.18']);
  });

  it('drops decimals once the largest figure reaches 100, and keeps one from 10', () => {
    expect(columnDigits([3.5, 250])).toBe(0);
    expect(columnDigits([-12.34, 0.5])).toBe(1);
    expect(columnDigits([0.004, 0.9])).toBe(2);
  });

  it('ignores figures that are not numbers, and gives an all-zero column none', () => {
    expect(columnDigits([Number.NaN, 0, 0])).toBe(0);
    expect(columnDigits(new Float64Array([Number.POSITIVE_INFINITY, 42]))).toBe(1);
  });
});
