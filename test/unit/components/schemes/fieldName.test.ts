import { afterEach, describe, expect, it } from 'vitest';
import { choiceName, fieldName, pathName } from '../../../../src/lib/components/schemes/fieldName';
import {
  choicesOf,
  optionalFieldsOf,
  variantsOf,
} from '../../../../src/lib/components/schemes/fieldSpec';
import { presetScheme } from '../../../../src/lib/components/schemes/presets';
import { schemeKinds } from '../../../../src/lib/engine/schemes/registry';
import { isMessageKey } from '../../../../src/lib/i18n/i18n.svelte';
import { setLocale, t } from '../../../../src/lib/i18n/i18n.svelte';

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

  it('fieldName names a field by its parent where the same key means another thing', () => {
    setLocale('en');
    expect(fieldName('expected', 'receivables')).toBe('expected collection');
    expect(fieldName('expected', 'fines')).toBe('expected count per period');
    expect(pathName('receivables.expected')).toBe('receivables target › expected collection');
    setLocale('zh-CN');
    expect(fieldName('expected', 'receivables')).toBe('预计回款额');
  });

  it('choiceName names every word the editor offers in Chinese and keeps unknown words', () => {
    setLocale('zh-CN');
    const offered: [string, string][] = [
      ...(choicesOf('floor', '') ?? []).map((c): [string, string] => ['floor', c]),
      ...(choicesOf('kind', 'draw') ?? []).map((c): [string, string] => ['kind', c]),
      ...[variantsOf('quota', ''), variantsOf('cap', ''), variantsOf('', 'fines')].flatMap(
        (variants) => Object.keys(variants ?? {}).map((c): [string, string] => ['kind', c]),
      ),
    ];
    expect(offered.length).toBeGreaterThanOrEqual(10);
    for (const [field, choice] of offered) {
      expect(choiceName(field, choice), choice).toMatch(/\p{Script=Han}/u);
    }
    expect(choiceName('kind', 'brand-new')).toBe('brand-new');
  });

  it('pathName names each step of a path and counts list items from 1', () => {
    setLocale('zh-CN');
    expect(pathName('tiers[1].from')).toBe('分档 2 › 起点');
    expect(pathName('grid[0][2]')).toBe('奖金表 1 3');
    setLocale('en');
    expect(pathName('cap.share')).toBe('cap › share');
  });

  it('fieldName has a catalog name for every field a preset or an added field shows', () => {
    const keys = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (typeof value === 'object' && value !== null) {
        for (const [key, inner] of Object.entries(value)) {
          keys.add(key);
          walk(inner);
        }
      }
    };
    for (const kind of schemeKinds) {
      walk(presetScheme(kind, 'x', 1000, t));
      walk(optionalFieldsOf(kind));
    }
    walk([variantsOf('quota', ''), variantsOf('', 'fines')].flatMap((v) => Object.values(v ?? {})));
    expect(keys.size).toBeGreaterThan(30);
    // 'kind' picks a variant through its own select; its name is 'schemes.kind'.
    const missing = [...keys].filter((k) => k !== 'kind' && !isMessageKey(`schemes.field.${k}`));
    expect(missing).toEqual([]);
  });
});
