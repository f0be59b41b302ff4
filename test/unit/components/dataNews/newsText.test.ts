import { afterEach, describe, expect, it } from 'vitest';
import { keptFileNote, newsText } from '../../../../src/lib/components/dataNews/newsText';
import { note } from '../../../../src/lib/data/importMessages';
import { setLocale } from '../../../../src/lib/i18n/i18n.svelte';
import type { DataNews } from '../../../../src/lib/state/dataChannel';

const file = 'f.csv';
const news: DataNews = { kind: 'import', fileName: file, reps: 3, savedAt: 'T', currency: 'CNY' };
// What the data layer gives when DuckDB could not be fetched: the message as data.
const unreachable = note('dbUnreachable', { file });

afterEach(() => setLocale('en'));

describe('the data news, when another tab’s file could not be loaded here', () => {
  it('words the data layer’s line in Chinese on the Chinese page', () => {
    setLocale('zh-CN');
    const text = newsText(news, 'failed', false, unreachable);
    expect(text).toContain('无法在本页载入');
    expect(text).toContain('未读取');
    // The file's name is the only Latin text left.
    expect(text.replaceAll(file, '')).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('follows a change of language after the failure', () => {
    setLocale('zh-CN');
    newsText(news, 'failed', false, unreachable);
    setLocale('en');
    const text = newsText(news, 'failed', false, unreachable);
    expect(text).toContain(`It could not be loaded here: ${file}: not read`);
    expect(text).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('shows a line that is not an import message as it came', () => {
    setLocale('zh-CN');
    const text = newsText(news, 'failed', false, 'DuckDB: out of memory');
    expect(text).toContain('DuckDB: out of memory');
  });
});

describe('the data news of the sample, while a file is kept', () => {
  const sample: DataNews = { kind: 'sample', reps: 30, currency: 'CNY' };

  it('says the kept file comes back at a reload, in both languages', () => {
    expect(keptFileNote(sample, file, 'opfs')).toBe(
      `${file} is kept (private file storage) and loads again after a reload.`,
    );
    setLocale('zh-CN');
    expect(keptFileNote(sample, file, 'indexeddb')).toBe(
      `${file} 已保存（IndexedDB），重新加载页面后会自动载入。`,
    );
  });

  it('says nothing of a reload without a kept file, or for news of an import', () => {
    expect(keptFileNote(sample, null, null)).toBe('');
    expect(keptFileNote(news, file, 'opfs')).toBe('');
  });
});
