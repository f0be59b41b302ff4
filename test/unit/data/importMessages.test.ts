import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ESCAPED_NOTE,
  readImportMessage,
  readSource,
  say,
  shown,
  shownList,
  sourceName,
  type ImportMessageCode,
} from '../../../src/lib/data/importMessages';
import { importTemplates } from '../../../src/lib/data/importTemplates';

type TemplateKey = keyof typeof importTemplates;

// Every template, each plural form on its own: `<code>_one` is the form for a count of 1.
const keys = (Object.keys(importTemplates) as TemplateKey[]).filter((key) => key !== 'source');
const codeOf = (key: TemplateKey) => key.replace(/_(one|other)$/, '') as ImportMessageCode;
const placeholders = (key: TemplateKey) =>
  [...importTemplates[key].matchAll(/\{\{(\w+)(?:, number)?\}\}/g)].map((m) => m[1]);

// Words without the punctuation the templates are built of, so that each reads back whole.
const word = fc.stringMatching(/^[A-Za-z0-9\u4e00-\u4e2f][A-Za-z0-9 \u4e00-\u4e2f]{0,14}$/);

describe('import messages as codes and English text', () => {
  it('reads every message back to its code and parameters', () => {
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.array(word, { minLength: 12 }), (key, words) => {
        const names = [...new Set(placeholders(key))];
        const params = Object.fromEntries(names.map((name, i) => [name, words[i].trim() || 'x']));
        const code = codeOf(key);
        const one = key.endsWith('_one');
        const text = one ? say(code, { ...params, count: 1 }) : say(code, params);
        const read = one ? { ...params, count: '1' } : params;

        expect(readImportMessage(text)).toEqual({ code, params: read, escaped: false });
      }),
      { numRuns: 400, seed: 8_401 },
    );
  });

  it('says a count of one in the singular and reads it back to the same code', () => {
    const one = say('assignNoReps', { file: 'g.csv', count: 1, reps: '"M-1"' });
    const two = say('assignNoReps', { file: 'g.csv', count: 1_200, reps: '"M-1", "M-2"' });

    expect(one).toMatch(/^g\.csv: its 1 rep is not in the loaded data \("M-1"\); /);
    expect(two).toMatch(/^g\.csv: none of its 1,200 reps is in the loaded data/);
    expect(readImportMessage(one)).toMatchObject({ code: 'assignNoReps', params: { count: '1' } });
    expect(readImportMessage(two)).toMatchObject({
      code: 'assignNoReps',
      params: { count: '1,200' },
    });
    expect(say('statusLeftOut', { count: 1 })).toBe('1 row was left out for its status.');
  });

  it('reads no code from a text that is not an import message', () => {
    expect(readImportMessage('The history spans 40 days.')).toBeNull();
    expect(readImportMessage('')).toBeNull();
  });

  it('shows control characters escaped, never raw, and says so', () => {
    const text = say('badDate', {
      file: 'a.csv',
      row: 10,
      column: 'month',
      value: '2024-03\u0000',
    });

    expect(text).toContain('"2024-03\\u0000"');
    expect(text).not.toMatch(/\u0000/);
    expect(text.endsWith(ESCAPED_NOTE)).toBe(true);
    expect(readImportMessage(text)).toMatchObject({ code: 'badDate', escaped: true });
  });

  it('groups numbers in English and cuts long values with an ellipsis', () => {
    expect(say('tooManyColumns', { file: 'w.csv', columns: 10_000, limit: 1_000 })).toContain(
      '10,000 columns, over the limit of 1,000 columns',
    );
    expect(shown('x'.repeat(100))).toBe(`${'x'.repeat(59)}…`);
  });

  it('lists the first eight values and then the count of all', () => {
    const list = shownList(Array.from({ length: 10_000 }, (_, i) => `c${i}`));

    expect(list.split(', "')).toHaveLength(8);
    expect(list.endsWith(', … (10,000 in all)')).toBe(true);
  });

  it('names a sheet with its file, and reads the two apart again', () => {
    const name = sourceName('book.xlsx', 'Sales');

    expect(name).toBe('book.xlsx, sheet "Sales"');
    expect(readSource(name)).toEqual({ file: 'book.xlsx', sheet: 'Sales' });
    expect(readSource('plain.csv')).toEqual({ file: 'plain.csv', sheet: null });
  });
});
