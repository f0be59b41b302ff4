import { describe, expect, it } from 'vitest';
import { payInterval } from '../../../../src/lib/components/tune/payInterval';
import { intervalText } from '../../../../src/lib/components/tables/cellText';
import { z95 } from '../../../../src/lib/charts/summary/rows';
import { formatNumber, type FormatStyle, type NumberKind } from '../../../../src/lib/i18n/format';

const yuan = (value: number, kind: NumberKind, style?: FormatStyle) =>
  formatNumber('en', value, kind, 'CNY', style);

describe('payInterval', () => {
  it('payInterval writes a half-width below a cent as a bound, never as ± 0', () => {
    const text = payInterval(1234, 0.001, yuan);
    expect(text).toBe(`± < ${yuan(0.01, 'money')}`);
    expect(text).not.toMatch(/^± CN¥0(\.0+)?$/);
  });

  it('payInterval rounds as Compare rounds the same interval of money', () => {
    for (const se of [0.3, 12.345, 980]) {
      const compare = intervalText({ value: 5000, halfWidth: z95 * se }, 'money', yuan);
      expect(payInterval(5000, se, yuan)).toBe(compare);
    }
  });

  it('payInterval writes a zero interval as ± 0 and an unknown one not at all', () => {
    expect(payInterval(1234, 0, yuan)).toBe(`± ${yuan(0, 'money')}`);
    expect(payInterval(1234, Number.NaN, yuan)).toBe('');
  });
});
