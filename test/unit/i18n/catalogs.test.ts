import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/i18n/en';
import { zhCN } from '../../../src/lib/i18n/zh-CN';
import { schemeKinds } from '../../../src/lib/engine/schemes/registry';

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{(\w+)(?:, \w+)?\}\}/g)].map((match) => match[1]).sort();
}

/** The English keys another language must have: Chinese has no `_one` plural form. */
const translated = Object.keys(en).filter((key) => !key.endsWith('_one'));
const chinese = zhCN as Record<string, string>;

// Names that read the same in both languages.
const productNames = new Set(['IndexedDB', 'DuckDB', 'Excel', 'Parquet']);

/** Words of two or more Latin letters, placeholders and short codes such as CSV taken out. */
function latinWords(message: string): string[] {
  const words = message.replace(/\{\{\w+\}\}/g, ' ').match(/[A-Za-z]{2,}/g) ?? [];
  return words.filter((w) => w !== w.toUpperCase() && !productNames.has(w));
}

/** Three or more lower-case Latin words in a row, as in a sentence left in English. */
function englishRun(message: string): string | null {
  // Placeholders, quoted values and command-line options (`--date-order dmy`) are not prose.
  const text = message
    .replace(/\{\{\w+\}\}/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/--[a-z-]+(?: [a-z]+)?/g, ' ');
  return /\b[a-z]{2,}(?:[ ,'’-]+[a-z]{2,}){2,}\b/.exec(text)?.[0] ?? null;
}

describe('the message catalogs', () => {
  it('translate every English key into Chinese and no other', () => {
    expect(Object.keys(zhCN).sort()).toEqual(translated.sort());
  });

  it('give every plural message its other form, in both languages', () => {
    for (const key of Object.keys(en).filter((k) => k.endsWith('_one'))) {
      const other = key.replace(/_one$/, '_other');
      expect(Object.hasOwn(en, other), key).toBe(true);
      expect(placeholders(en[key as keyof typeof en]), key).toEqual(placeholders(chinese[other]));
    }
  });

  it('name the unit on every chart axis of amounts, in both languages', () => {
    const axes = Object.keys(en).filter((key) => /\.(x|y)$|^sweep\.axis\./.test(key));
    const amounts = axes.filter((key) => {
      const title = en[key as keyof typeof en];
      return /sales|pay|target|quota|median/i.test(title) && !/%|share/i.test(title);
    });
    expect(amounts.length).toBeGreaterThan(10);
    for (const key of amounts) {
      expect(en[key as keyof typeof en], key).toContain('({{unit}})');
      expect(chinese[key], key).toContain('（{{unit}}）');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of translated) {
      const message = en[key as keyof typeof en];
      expect(placeholders(chinese[key]), key).toEqual(placeholders(message));
    }
  });

  it('leave no Chinese message empty or untranslated from the English', () => {
    for (const [key, message] of Object.entries(zhCN)) {
      expect(message.trim().length, key).toBeGreaterThan(0);
      // Equal is fine only for a message with no words: a formula, a dash, a bare value.
      if (message === (en as Record<string, string>)[key])
        expect(latinWords(message), key).toEqual([]);
    }
  });

  it('put no English sentence into a Chinese message', () => {
    for (const [key, message] of Object.entries(zhCN)) {
      expect(englishRun(message), key).toBeNull();
    }
  });

  it('address the reader as 您 throughout the Chinese, never as 你', () => {
    expect(Object.entries(chinese).filter(([, message]) => message.includes('你'))).toEqual([]);
  });

  it('call base pay 底薪 throughout the Chinese, as the letters do', () => {
    // One word for one thing: a reader meeting a second word takes it for another pay.
    expect(Object.entries(chinese).filter(([, message]) => /基本(工资|薪)/.test(message))).toEqual(
      [],
    );
  });

  it('name every scheme kind in both languages', () => {
    for (const kind of schemeKinds) {
      expect(Object.hasOwn(en, `scheme.${kind}`), kind).toBe(true);
      expect(chinese[`scheme.${kind}`], kind).toMatch(/\p{Script=Han}/u);
    }
  });
});
