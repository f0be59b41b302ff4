import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/lib/i18n/format';

describe('formatNumber', () => {
  it('formatNumber groups the digits of large amounts and drops the cents', () => {
    expect(formatNumber('en', 1234567.89, 'amount')).toBe('1,234,568');
    expect(formatNumber('zh-CN', 1234567.89, 'amount')).toBe('1,234,568');
  });

  it('formatNumber keeps three significant digits of small amounts', () => {
    expect(formatNumber('en', 4.20211, 'amount')).toBe('4.2');
    expect(formatNumber('en', 0.012345, 'amount')).toBe('0.0123');
  });

  it('formatNumber shows shares as percentages with one decimal', () => {
    expect(formatNumber('en', 0.1234, 'percent')).toBe('12.3%');
    expect(formatNumber('zh-CN', -0.05, 'percent')).toBe('-5.0%');
  });

  it('formatNumber keeps two significant digits of a small percentage', () => {
    expect(formatNumber('en', 0.000234, 'percentFine')).toBe('0.023%');
    expect(formatNumber('en', 0.0123, 'percentFine')).toBe('1.2%');
  });

  it('formatNumber writes seconds with one decimal', () => {
    expect(formatNumber('en', 0.6816, 'seconds')).toBe('0.7');
    expect(formatNumber('zh-CN', 12, 'seconds')).toBe('12.0');
  });

  it('formatNumber writes compact ticks in the language’s own units', () => {
    expect(formatNumber('en', 1_200_000, 'compact')).toBe('1.2M');
    expect(formatNumber('zh-CN', 1_200_000, 'compact')).toBe('120万');
  });

  it('formatNumber reads a missing value as a dash', () => {
    expect(formatNumber('en', Number.NaN, 'decimal')).toBe('–');
    expect(formatNumber('en', Number.POSITIVE_INFINITY, 'amount')).toBe('–');
  });

  it('formatNumber writes money in the data’s currency, in each language’s own way', () => {
    expect(formatNumber('en', 1069113.4, 'money', 'CNY')).toBe('CN¥1,069,113');
    expect(formatNumber('zh-CN', 1069113.4, 'money', 'CNY')).toBe('¥1,069,113');
    expect(formatNumber('en', 4.2021, 'money', 'USD')).toBe('$4.2');
    expect(formatNumber('en', 1069113, 'money', 'none')).toBe('1,069,113');
  });

  it('formatNumber writes compact money with 万 and 亿 in Chinese', () => {
    expect(formatNumber('zh-CN', 1_069_113, 'moneyCompact', 'CNY')).toBe('¥107万');
    expect(formatNumber('zh-CN', 123_456_789, 'moneyCompact', 'CNY')).toBe('¥1.23亿');
    expect(formatNumber('en', 1_069_113, 'moneyCompact', 'CNY')).toBe('CN¥1.07M');
  });

  it('formatNumber keeps four significant digits of a solved rate', () => {
    expect(formatNumber('en', 0.0356512, 'percentPrecise')).toBe('3.565%');
  });
});
