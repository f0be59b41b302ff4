import { describe, expect, it } from 'vitest';
import { typedAmount } from '$lib/components/fields/typedAmount';

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

  it('typedAmount refuses what is no amount instead of keeping its digits', () => {
    for (const text of ['35千', 'abc', '35万元元', '', '1.2.3']) {
      expect(Number.isNaN(typedAmount(text)), text).toBe(true);
    }
  });
});
