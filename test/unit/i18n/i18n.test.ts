import { describe, expect, it } from 'vitest';
import {
  counted,
  countedVars,
  fmt,
  listed,
  locale,
  moneyUnit,
  setCurrency,
  setLocale,
  t,
} from '../../../src/lib/i18n/i18n.svelte';
import { en } from '../../../src/lib/i18n/en';
import { zhCN } from '../../../src/lib/i18n/zh-CN';

describe('the reactive translator', () => {
  it('t fills the placeholders of the current language', () => {
    setLocale('en');
    expect(t('run.stage.run', { done: 300, count: 800 })).toBe('Simulating: 300 of 800 trials…');
  });

  it('t takes the plural form of a count from i18next, one form in Chinese', () => {
    setLocale('en');
    expect(t('run.status.done', { count: 1, seconds: '0.4' })).toBe('Done: 1 trial in 0.4 s.');
    expect(t('run.status.done', { count: 1200, seconds: '2.0' })).toBe(
      'Done: 1,200 trials in 2.0 s.',
    );
    expect(counted('reps', 1)).toBe('1 rep');
    expect(counted('reps', 0)).toBe('0 reps');

    setLocale('zh-CN');
    expect(counted('reps', 1)).toBe('1 位代表');
    expect(t('run.status.done', { count: 1, seconds: '0.4' })).toBe(
      zhCN['run.status.done_other'].replace('{{count, number}}', '1').replace('{{seconds}}', '0.4'),
    );
    setLocale('en');
  });

  it('countedVars words each count named after a noun in its own plural form', () => {
    setLocale('en');
    const vars = { reps: 1, trials: 1200, schemes: 2, need: 1500, file: 'a.csv' };
    expect(countedVars(vars)).toEqual({
      reps: '1 rep',
      trials: '1,200 trials',
      schemes: '2 schemes',
      need: '1,500',
      file: 'a.csv',
    });
    expect(t('run.error.runTooBig', countedVars(vars))).toContain(
      '(1 rep, 1,200 trials, 2 schemes)',
    );

    setLocale('zh-CN');
    expect(countedVars({ schemes: 1 }).schemes).toBe('1 种方案');
    setLocale('en');
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

  it('listed parts names with the ideographic comma in Chinese and a comma in English', () => {
    setLocale('zh-CN');
    expect(listed(['Quinn Taylor', '刘洋', '赵丽'])).toBe('Quinn Taylor、刘洋、赵丽');
    setLocale('en');
    expect(listed(['Quinn Taylor', '刘洋'])).toBe('Quinn Taylor, 刘洋');
  });

  it('moneyUnit names the currency chart amounts are written in, yuan for 万元 data', () => {
    setLocale('zh-CN');
    setCurrency('CNY-10k');
    expect(moneyUnit()).toBe(zhCN['unit.CNY']);
    // A chart tick and the table's figure of the same 35.11 万元 read in that unit.
    expect(fmt(35.11, 'compact')).toBe('35.1万');
    expect(fmt(35.11, 'money')).toBe('¥351,000');
    // Labels of settings, which stay in the data's unit, keep naming it.
    expect(t('settings.basePay')).toContain(zhCN['unit.CNY-10k']);
    setCurrency('USD');
    setLocale('en');
    expect(moneyUnit()).toBe(en['unit.USD']);
    setCurrency('CNY');
  });
});
