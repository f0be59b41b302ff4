import { describe, expect, it } from 'vitest';
import { fmt, locale, setLocale, t } from '../../../src/lib/i18n/i18n.svelte';
import { en } from '../../../src/lib/i18n/en';
import { zhCN } from '../../../src/lib/i18n/zh-CN';

describe('the reactive translator', () => {
  it('t fills the placeholders of the current language', () => {
    setLocale('en');
    expect(t('run.stage.run', { done: 300, total: 800 })).toBe('Simulating: 300 of 800 trials…');
  });

  it('t follows setLocale to Chinese and back', () => {
    setLocale('zh-CN');
    expect(locale()).toBe('zh-CN');
    expect(t('app.name')).toBe(zhCN['app.name']);
    expect(fmt(1_200_000, 'compact')).toBe('120万');

    setLocale('en');
    expect(t('app.name')).toBe(en['app.name']);
  });

  it('t leaves user text in placeholders as it is', () => {
    setLocale('en');
    expect(t('import.title', { file: '<b>销售.csv</b>' })).toBe(
      'Map the columns of <b>销售.csv</b>',
    );
  });
});
