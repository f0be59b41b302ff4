import { afterEach, describe, expect, it } from 'vitest';
import { leftOutNotes } from '$lib/components/import/leftOutText';
import { setLocale } from '$lib/i18n/i18n.svelte';

afterEach(() => setLocale('en'));

const leftOut = [
  { name: 'b.csv', kind: 'table' },
  { name: 'c.csv', kind: 'table' },
  { name: 'd.csv', kind: 'table' },
  { name: 's.json', kind: 'scenario' },
  { name: 't.json', kind: 'scenario' },
] as const;

describe('the notes on files left out of an import', () => {
  it('list the names in Chinese with 、 and no 和, as every list on the page', () => {
    setLocale('zh-CN');
    const [tables, scenarios] = leftOutNotes('a.csv', leftOut);
    expect(tables.text).toContain('另有 3 个文件未导入（b.csv、c.csv、d.csv）');
    expect(scenarios.text).toMatch(/^s\.json、t\.json 未与 a\.csv 一同导入/);
    expect(`${tables.text}${scenarios.text}`).not.toContain('和');
  });

  it('list them in English with commas, as the other lists do', () => {
    const notes = leftOutNotes('a.csv', leftOut);
    expect(notes.map((n) => n.kind)).toEqual(['table', 'scenario']);
    expect(notes[0].text).toContain('3 others were left out (b.csv, c.csv, d.csv)');
    expect(notes[1].text).toMatch(/^s\.json, t\.json were left out/);
  });
});
