import { describe, expect, it } from 'vitest';
import { typedAmount } from '$lib/components/fields/typedAmount';
import { formatNumber, type Currency } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';

describe('typedAmount', () => {
  it('typedAmount reads 万 and 亿 as the multiples they name', () => {
    expect(typedAmount('35万')).toBe(35 * 10_000);
    expect(typedAmount('1.2亿')).toBeCloseTo(1.2e8, 6);
    expect(typedAmount('33.7 万')).toBeCloseTo(337_000, 6);
  });

  it('typedAmount takes plain numbers, with separators, as they are', () => {
    expect(typedAmount('88.24969')).toBe(88.24969);
    expect(typedAmount('3,370,130,000')).toBe(3_370_130_000);
    expect(typedAmount('-100')).toBe(-100);
  });

  it('typedAmount reads an amount with the signs and forms people paste', () => {
    expect(typedAmount('¥351,100')).toBe(351_100);
    expect(typedAmount('￥351,100')).toBe(351_100);
    expect(typedAmount('$1,000,000')).toBe(1_000_000);
    expect(typedAmount('351,100元')).toBe(351_100);
    expect(typedAmount('35万元')).toBe(350_000);
    expect(typedAmount('１２３')).toBe(123);
    expect(typedAmount('１２，３４５．５')).toBe(12_345.5);
    expect(typedAmount('−35')).toBe(-35);
    expect(typedAmount('−¥35')).toBe(-35);
    expect(typedAmount('¥-35')).toBe(-35);
    expect(typedAmount('CN¥1.07M')).toBeCloseTo(1_070_000, 6);
    expect(typedAmount('12k')).toBe(12_000);
  });

  it('typedAmount reads back every money figure the page writes', () => {
    const units: Currency[] = ['CNY', 'USD', 'EUR', 'none'];
    const locales: Locale[] = ['en', 'zh-CN'];
    for (const locale of locales) {
      for (const currency of units) {
        for (const value of [351_100, -35, 1_234_567, 0.5]) {
          const shown = formatNumber(locale, value, 'money', currency);
          expect(typedAmount(shown), shown).toBe(value);
        }
        for (const value of [1_070_000, 3_500_000_000, 12_300]) {
          const shown = formatNumber(locale, value, 'moneyCompact', currency);
          expect(typedAmount(shown) / value, shown).toBeCloseTo(1, 12);
        }
      }
    }
  });

  it('typedAmount refuses what is no amount instead of keeping its digits', () => {
    const refused = ['35千', 'abc', '35万元元', '', '1.2.3', '-$-35', '元35', '35元万', '$'];
    // Superscripts, circled and fraction forms are no digits typed: 10² is not 102.
    refused.push('10²', '①', '½', '2⁵');
    for (const text of refused) {
      expect(Number.isNaN(typedAmount(text)), text).toBe(true);
    }
  });
});
