import { afterEach, describe, expect, it } from 'vitest';
import { fieldName } from '../../../../src/lib/components/schemes/fieldName';
import { setLocale } from '../../../../src/lib/i18n/i18n.svelte';

describe('fieldName', () => {
  afterEach(() => setLocale('en'));

  it('fieldName names a catalogued field in the current language', () => {
    setLocale('en');
    expect(fieldName('performancePayShare')).toBe('performance pay share');
    setLocale('zh-CN');
    expect(fieldName('performancePayShare')).toBe('绩效工资比例');
    expect(fieldName('cap')).toBe('上限');
  });

  it('fieldName spells out a field the catalog does not know', () => {
    setLocale('zh-CN');
    expect(fieldName('someNewField')).toBe('some new field');
  });
});
