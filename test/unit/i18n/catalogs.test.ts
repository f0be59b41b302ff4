import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/i18n/en';
import { zhCN } from '../../../src/lib/i18n/zh-CN';
import { schemeKinds } from '../../../src/lib/engine/schemes/registry';

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
}

describe('the message catalogs', () => {
  it('translate every English key into Chinese and no other', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, message] of Object.entries(en)) {
      expect(placeholders(zhCN[key as keyof typeof en]), key).toEqual(placeholders(message));
    }
  });

  it('leave no Chinese message empty or untranslated from the English', () => {
    // A formula and a product name read the same in both languages.
    const sameOnPurpose = new Set(['summary.difference', 'saved.where.indexeddb', 'schemes.none']);
    for (const [key, message] of Object.entries(zhCN)) {
      expect(message.trim().length, key).toBeGreaterThan(0);
      if (!sameOnPurpose.has(key)) expect(message, key).not.toBe(en[key as keyof typeof en]);
    }
  });

  it('name every scheme kind in both languages', () => {
    for (const kind of schemeKinds) {
      expect(Object.hasOwn(en, `scheme.${kind}`), kind).toBe(true);
      expect(zhCN[`scheme.${kind}` as keyof typeof en], kind).toMatch(/\p{Script=Han}/u);
    }
  });
});
