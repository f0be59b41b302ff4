import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../../src/lib/i18n/locales';

describe('pickLocale', () => {
  it('pickLocale keeps a remembered choice over the browser languages', () => {
    expect(pickLocale('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(pickLocale('en', ['zh-CN'])).toBe('en');
  });

  it('pickLocale ignores a remembered value that is no language of ours', () => {
    expect(pickLocale('fr', ['zh-TW', 'en'])).toBe('zh-CN');
  });

  it('pickLocale takes the first browser language it speaks', () => {
    expect(pickLocale(null, ['de-DE', 'zh-Hans-CN', 'en'])).toBe('zh-CN');
    expect(pickLocale(null, ['de-DE', 'en-GB', 'zh'])).toBe('en');
  });

  it('pickLocale falls back to English', () => {
    expect(pickLocale(null, [])).toBe('en');
    expect(pickLocale(null, ['ja'])).toBe('en');
  });
});
