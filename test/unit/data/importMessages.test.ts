import { describe, expect, it } from 'vitest';
import {
  ESCAPED_NOTE,
  note,
  readSource,
  say,
  sayAfterPlace,
  shown,
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

describe('import messages as codes and English text', () => {
  it('words every message with each of its values in its place', () => {
    for (const key of keys) {
      const names = [...new Set(placeholders(key))];
      const params = Object.fromEntries(names.map((name, i) => [name, `v${i}w`]));
      const text = say(note(codeOf(key), key.endsWith('_one') ? { ...params, count: 1 } : params));

      expect(text, key).not.toContain('{{');
      names.forEach((name, i) => {
        if (!(key.endsWith('_one') && name === 'count')) expect(text, key).toContain(`v${i}w`);
      });
    }
  });

  it('says a count of one in the singular, a larger one grouped', () => {
    const one = say(note('assignNoReps', { file: 'g.csv', count: 1, reps: ['M-1'] }));
    const two = say(note('assignNoReps', { file: 'g.csv', count: 1_200, reps: ['M-1', 'M-2'] }));

    expect(one).toMatch(/^g\.csv: its 1 rep is not in the loaded data \("M-1"\); /);
    expect(two).toMatch(/^g\.csv: none of its 1,200 reps is in the loaded data \("M-1", "M-2"\)/);
    expect(say(note('statusLeftOut', { count: 1 }))).toBe('1 row was left out for its status.');
  });

  it('shows control characters escaped, never raw, and says so', () => {
    const text = say(
      note('badDate', { file: 'a.csv', row: 10, column: 'month', value: '2024-03\u0000' }),
    );

    expect(text).toContain('"2024-03\\u0000"');
    expect(text).not.toMatch(/\u0000/);
    expect(text.endsWith(ESCAPED_NOTE)).toBe(true);
  });

  it('groups numbers in English and cuts long values with an ellipsis', () => {
    expect(say(note('tooManyColumns', { file: 'w.csv', columns: 10_000, limit: 1_000 }))).toContain(
      '10,000 columns, over the limit of 1,000 columns',
    );
    expect(shown('x'.repeat(100))).toBe(`${'x'.repeat(59)}…`);
  });

  it('lists the first eight sheets, or five reps, and then the count of all', () => {
    const sheets = Array.from({ length: 10_000 }, (_, i) => `c${i}`);
    const text = say(note('noSheet', { file: 'b.xlsx', sheet: 'x', sheets }));
    expect(text).toContain(
      '(sheets: "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", … (10,000 in all))',
    );
    const reps = say(note('repsLeft', { count: 6, from: 'a', to: 'b', reps: [...'abcdef'] }));
    expect(reps).toContain(': "a", "b", "c", "d", "e", … (6 in all);');
  });

  it('words a list of values holding ", ", quotes, 、 or a line break item by item', () => {
    const reps = ['Li", "Wei', '“Ma”、Lin', 'Zhou\nYu'];
    const text = say(note('assignUnused', { file: 'g.csv', count: 3, reps }));

    expect(text).toBe(
      'g.csv: 3 reps have assignments but no sales in the loaded data: ' +
        '"Li", "Wei", "“Ma”、Lin", "Zhou\\u000aYu"' +
        ESCAPED_NOTE,
    );
    const groups = say(
      note('duplicateGroups', {
        file: 'f.csv',
        groups: 2,
        copies: 4,
        list: [
          ['2', '38'],
          ['3', '39'],
        ],
      }),
    );
    expect(groups).toContain('Rows 2, 38; 3, 39.');
  });

  it('words a value’s message without its file and place as a skipped row’s reason', () => {
    const column = 'amount": x';
    const bad = note('badAmount', { file: 'a.csv', row: 4, column, value: 'n/a' });

    expect(sayAfterPlace(bad)).toBe(
      'cannot read "n/a"; expected an amount such as 1234.5, 1,234.50, ¥1,234 or (500)',
    );
    // A sheet named in the file's place does not move the cut.
    const file = sourceName('超市.xlsx', 'Sheet1');
    const empty = note('emptyValue', { file, row: 112, column: '交易额', role: 'sales' });
    expect(sayAfterPlace(empty)).toBe('empty sales');
  });

  it('names a sheet with its file, and reads the two apart again', () => {
    const name = sourceName('book.xlsx', 'Sales');

    expect(name).toBe('book.xlsx, sheet "Sales"');
    expect(readSource(name)).toEqual({ file: 'book.xlsx', sheet: 'Sales' });
    expect(readSource('plain.csv')).toEqual({ file: 'plain.csv', sheet: null });
  });
});
