import { describe, expect, it } from 'vitest';
import {
  cellText,
  differenceKind,
  figureText,
  intervalText,
} from '../../../../src/lib/components/tables/cellText';
import { formatNumber, type FormatStyle, type NumberKind } from '../../../../src/lib/i18n/format';

// A format that shows which kind and sign it was asked for, so the tests see each choice.
const format = (value: number, kind: NumberKind, style?: FormatStyle) =>
  `${style?.signed ? 'signed ' : ''}${kind}(${value})`;
const english = (value: number, kind: NumberKind, style?: FormatStyle) =>
  formatNumber('en', value, kind, 'none', style);

describe('cellText', () => {
  it('figureText signs a gain only when asked, and never a loss or zero', () => {
    expect(figureText({ value: 3, halfWidth: null }, 'amount', format)).toBe('amount(3)');
    expect(figureText({ value: 3, halfWidth: null }, 'amount', format, true)).toBe(
      'signed amount(3)',
    );
    expect(figureText({ value: 3, halfWidth: null }, 'amount', english, true)).toBe('+3');
    expect(figureText({ value: -3, halfWidth: null }, 'amount', english, true)).toBe('-3');
    expect(figureText({ value: 0, halfWidth: null }, 'amount', english, true)).toBe('0');
  });

  it('figureText writes a difference that rounds to zero as 0.0%, with neither sign', () => {
    for (const value of [-0.0003, -0, 0.0003]) {
      expect(figureText({ value, halfWidth: null }, 'percent', english, true)).toBe('0.0%');
      expect(figureText({ value, halfWidth: null }, 'percent', english)).toBe('0.0%');
    }
    expect(figureText({ value: -0.013, halfWidth: null }, 'percent', english, true)).toBe('-1.3%');
  });

  it('figureText writes an amount to its interval’s leading digit, zeros kept', () => {
    // The reference payout 2·t·m·(1 − Φ(σ)) = 4.2074 must be checkable against 4.205 ± 0.00427.
    const cell = (value: number, halfWidth: number) => ({ value, halfWidth });
    expect(figureText(cell(4.2049, 0.00427), 'amount', english)).toBe('4.205');
    expect(figureText(cell(4.2, 0.00427), 'amount', english)).toBe('4.200');
    expect(figureText(cell(25.8123, 0.0234), 'amount', english)).toBe('25.81');
    // An interval as coarse as the figure's rounding changes nothing, and a wider one neither.
    expect(figureText(cell(1069112.67, 1234), 'amount', english)).toBe('1,069,113');
    expect(figureText(cell(4.2049, 0.3), 'amount', english)).toBe('4.2');
    // Money stops at its smallest unit; in 万元 that is a cent of the yuan it is shown in.
    const money = (currency: 'CNY' | 'CNY-10k') => (v: number, k: NumberKind, s?: FormatStyle) =>
      formatNumber('en', v, k, currency, s);
    expect(figureText(cell(4.2049, 0.00427), 'money', money('CNY'))).toBe('CN¥4.20');
    expect(figureText(cell(35.1123, 0.0132), 'money', money('CNY-10k'))).toBe('CN¥351,100');
    // Shares in per cent, and their differences in points, likewise.
    expect(figureText(cell(0.033684, 0.00014), 'percent', english)).toBe('3.37%');
    expect(figureText(cell(0.042043, 0.000026), 'percent', english)).toBe('4.204%');
    expect(figureText(cell(0.5, 0.0022), 'percent', english)).toBe('50.0%');
    expect(figureText(cell(-0.040412, 0.00031), 'points', english, true)).toBe('-4.04 pp');
    // Noise of a constant outcome is no interval.
    expect(figureText(cell(4.2049, 1e-15), 'amount', english)).toBe('4.2');
  });

  it('intervalText shows a share’s half-width in the finer percent format', () => {
    expect(intervalText({ value: 0.1, halfWidth: 0.0002 }, 'percent', format)).toBe(
      '± percentFine(0.0002)',
    );
    expect(intervalText({ value: 5, halfWidth: 2 }, 'amount', format)).toBe('± amount(2)');
    expect(intervalText({ value: 5, halfWidth: null }, 'amount', format)).toBe('');
  });

  it('a half-width of floating-point noise reads ± 0 in its kind, in English and Chinese', () => {
    const chinese = (value: number, kind: NumberKind, style?: FormatStyle) =>
      formatNumber('zh-CN', value, kind, 'CNY', style);
    const share = { value: 0.045, halfWidth: 1.7e-20 };
    const money = { value: 20, halfWidth: 2.2e-16 };

    expect(cellText(share, 'percent', english)).toBe('4.5% ± 0%');
    expect(intervalText(share, 'percent', chinese)).toBe('± 0%');
    expect(intervalText(money, 'money', chinese)).toBe('± ¥0');
    expect(intervalText({ value: 0.003, halfWidth: 1e-19 }, 'points', english)).toBe('± 0 pp');
    expect(intervalText({ value: 1.2e12, halfWidth: 1e2 }, 'amount', english)).toBe('± 0');
  });

  it('a half-width the figure’s own format would round away keeps its own digits, not 0', () => {
    expect(intervalText({ value: 20, halfWidth: 0.04 }, 'amount', english)).toBe('± 0.04');
    expect(intervalText({ value: 20, halfWidth: 0.3 }, 'amount', english)).toBe('± 0.3');
    expect(intervalText({ value: 2000, halfWidth: 0.4 }, 'money', english)).toBe('± 0.4');
    expect(intervalText({ value: 0.045, halfWidth: 3e-6 }, 'percent', english)).toBe('± 0.0003%');
  });

  it('a half-width below what its kind writes at all reads as a bound, never as 0', () => {
    expect(intervalText({ value: 0, halfWidth: 0.004 }, 'count', english)).toBe('± < 1');
    expect(intervalText({ value: 0.045, halfWidth: 3e-7 }, 'percent', english)).toBe('± < 0.0001%');
  });

  it('a money half-width below a cent reads < CN¥0.01, and none keeps digits below a cent', () => {
    const yuan =
      (locale: 'en' | 'zh-CN') => (value: number, kind: NumberKind, style?: FormatStyle) =>
        formatNumber(locale, value, kind, 'CNY', style);
    const cents = { value: 0.05, halfWidth: 0.0000385 };
    expect(intervalText(cents, 'money', yuan('en'))).toBe('± < CN¥0.01');
    expect(intervalText(cents, 'money', yuan('zh-CN'))).toBe('± < ¥0.01');
    expect(intervalText({ value: 0.05, halfWidth: 0.0123 }, 'money', yuan('en'))).toBe('± CN¥0.01');
    expect(intervalText({ value: 2000, halfWidth: 0.4 }, 'money', yuan('en'))).toBe('± CN¥0.4');
  });

  it('amounts in 万元 keep an interval below 1 万元 in yuan, in English and Chinese', () => {
    const tenThousands = (locale: 'en' | 'zh-CN') => (value: number, kind: NumberKind) =>
      formatNumber(locale, value, kind, 'CNY-10k');
    // 35.1 万元 ± 0.0132 万元, and 420 万元 ± 0.273 万元 (figures written to 1,000 and 10,000).
    const payout = { value: 35.1, halfWidth: 0.0132 };
    const profit = { value: 420, halfWidth: 0.2733 };
    expect(cellText(payout, 'money', tenThousands('en'))).toBe('CN¥351,000 ± CN¥132');
    expect(cellText(profit, 'money', tenThousands('en'))).toBe('CN¥4,200,000 ± CN¥2,730');
    expect(cellText(payout, 'money', tenThousands('zh-CN'))).toBe('¥351,000 ± ¥132');
    expect(intervalText(profit, 'money', tenThousands('zh-CN'))).toBe('± ¥2,730');
  });

  it('a difference of two shares reads in percentage points, its interval finer', () => {
    const chinese = (value: number, kind: NumberKind, style?: FormatStyle) =>
      formatNumber('zh-CN', value, kind, 'none', style);
    const kind = differenceKind('percent');
    const cell = { value: 0.042 - 0.045, halfWidth: 0.0000084 };

    expect(kind).toBe('points');
    expect(differenceKind('money')).toBe('money');
    expect(cellText(cell, kind, english, true)).toBe('-0.3000 pp ± 0.00084 pp');
    expect(cellText(cell, kind, chinese, true)).toBe('-0.3000 个百分点 ± 0.00084 个百分点');
    expect(figureText({ value: 0.111, halfWidth: null }, kind, english, true)).toBe('+11.1 pp');
    expect(figureText({ value: -0.0003, halfWidth: null }, kind, english, true)).toBe('0.0 pp');
  });

  it('cellText joins figure and interval, and is empty for a missing cell', () => {
    expect(cellText({ value: 2, halfWidth: 1 }, 'count', format, true)).toBe(
      'signed count(2) ± count(1)',
    );
    expect(cellText({ value: 2, halfWidth: null }, 'count', format)).toBe('count(2)');
    expect(cellText(null, 'count', format)).toBe('');
  });
});
