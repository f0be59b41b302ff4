import { describe, expect, it } from 'vitest';
import { formatNumber, type Currency, type NumberKind } from '../../../src/lib/i18n/format';
import type { Locale } from '../../../src/lib/i18n/locales';

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

  it('formatNumber writes percentage points apart from their unit, in both languages', () => {
    expect(formatNumber('en', -0.0404, 'points')).toBe('-4.0 pp');
    expect(formatNumber('zh-CN', -0.0404, 'points')).toBe('-4.0 个百分点');
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

  it('formatNumber writes an axis of compact ticks in the unit of its largest', () => {
    const axis = (locale: Locale, ticks: number[], kind: NumberKind, currency?: Currency) => {
      const top = Math.max(...ticks.map(Math.abs));
      return ticks.map((v) => formatNumber(locale, v, kind, currency, { unitOf: top }));
    };
    expect(axis('zh-CN', [0, 5000, 10_000, 15_000, 20_000], 'compact')).toEqual([
      '0',
      '0.5万',
      '1万',
      '1.5万',
      '2万',
    ]);
    expect(axis('en', [-500, 0, 500, 1000, 1500], 'compact')).toEqual([
      '-0.5K',
      '0',
      '0.5K',
      '1K',
      '1.5K',
    ]);
    expect(axis('zh-CN', [0, 5e7, 1e8], 'moneyCompact', 'CNY')).toEqual(['¥0', '¥0.5亿', '¥1亿']);
    expect(axis('en', [2500, 5000], 'moneyCompact', 'CNY-10k')).toEqual(['CN¥25M', 'CN¥50M']);
    // An axis whose ticks need no unit is written as before, and so is any other kind.
    expect(axis('zh-CN', [0, 2500, 5000], 'compact')).toEqual(['0', '2500', '5000']);
    expect(axis('en', [0.25, 0.5], 'percent')).toEqual(['25.0%', '50.0%']);
    // Each tick keeps three significant digits in the shared unit, and reads back as its value.
    for (const [locale, suffix, unit] of [
      ['en', 'K', 1e3],
      ['zh-CN', '万', 1e4],
    ] as const) {
      for (const v of [1234, 7, 98_765]) {
        const text = formatNumber(locale, v, 'compact', 'none', { unitOf: 200_000 });
        expect(text.endsWith(suffix), text).toBe(true);
        expect((Number(text.slice(0, -1)) * unit) / v, text).toBeCloseTo(1, 2);
      }
    }
  });

  it('formatNumber writes a compact tick of 万元 data in yuan, as money beside it reads', () => {
    // The pharmaceutical letter's payout, 35.11 万元: its table cell and a chart tick agree.
    expect(formatNumber('zh-CN', 35.11, 'money', 'CNY-10k')).toBe('¥351,000');
    expect(formatNumber('zh-CN', 35.11, 'compact', 'CNY-10k')).toBe('35.1万');
    expect(formatNumber('en', 35.11, 'compact', 'CNY-10k')).toBe('351K');
    expect(formatNumber('zh-CN', 250, 'compact', 'CNY-10k')).toBe('250万');
    // Other units are not multiples: their ticks read as before.
    expect(formatNumber('zh-CN', 35.11, 'compact', 'CNY')).toBe('35.1');
    expect(formatNumber('en', 1_200_000, 'compact', 'USD')).toBe('1.2M');
  });

  it('formatNumber keeps four significant digits of a solved rate', () => {
    expect(formatNumber('en', 0.0356512, 'percentPrecise')).toBe('3.565%');
  });
});
