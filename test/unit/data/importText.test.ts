import { afterEach, describe, expect, it } from 'vitest';
import { importText, skipReason } from '$lib/components/import/importText';
import { note, say, sourceName, type ImportMessageCode } from '$lib/data/importMessages';
import { importTemplates } from '$lib/data/importTemplates';
import { setLocale, t } from '$lib/i18n/i18n.svelte';

type TemplateKey = keyof typeof importTemplates;

// Every template, each plural form on its own: `<code>_one` is the form for a count of 1.
const keys = (Object.keys(importTemplates) as TemplateKey[]).filter((key) => key !== 'source');
const codeOf = (key: TemplateKey) => key.replace(/_(one|other)$/, '') as ImportMessageCode;

/** Sample params: a file with a sheet, a role, a size kind, numbers and plain names. */
function sample(key: TemplateKey): Record<string, string | number> {
  const names = [...importTemplates[key].matchAll(/\{\{(\w+)(?:, number)?\}\}/g)].map((m) => m[1]);
  const value = (name: string, i: number): string | number => {
    if (name === 'file') return sourceName('数据.xlsx', '销售');
    if (name === 'role') return 'sales';
    if (name === 'kind') return 'a workbook';
    const numbers = ['row', 'rows', 'count', 'columns', 'limit', 'lines', 'end', 'other', 'chars'];
    if (name === 'count' && key.endsWith('_one')) return 1;
    if (numbers.includes(name)) {
      return 12_345;
    }
    return `«${i}»`;
  };
  return Object.fromEntries(names.map((name, i) => [name, value(name, i)]));
}

// English words of the templates that may stay in Chinese: names, formats, CLI options.
const kept = /^(CSV|TSV|Excel|Parquet|JSON|UTF|May|AM|date|order|dmy|mdy|sales|xlsx)$/;

function englishWords(key: TemplateKey): string[] {
  const fixed = importTemplates[key].replace(/\{\{\w+(?:, number)?\}\}/g, ' ');
  return [...new Set(fixed.match(/[A-Za-z]{3,}/g) ?? [])].filter((w) => !kept.test(w));
}

describe('import messages in the reader’s language', () => {
  afterEach(() => setLocale('en'));

  it('words every message in English exactly as the CLI prints it, but for CLI options', () => {
    // These name a command-line option in the CLI and the page's own control on the page.
    const options = ['missingSales', 'dateOrderMixed', 'dateOrderAmbiguous', 'scenarioFile'];
    for (const key of keys.filter((k) => !options.includes(k))) {
      const message = note(codeOf(key), sample(key));
      expect(importText(message), key).toBe(say(message));
    }
  });

  it('words every message in Chinese, with no English words of the template left', () => {
    setLocale('zh-CN');
    for (const key of keys) {
      const text = importText(note(codeOf(key), sample(key)));

      expect(text, key).toMatch(/\p{Script=Han}/u);
      for (const word of englishWords(key)) expect(text, `${key}: ${word}`).not.toContain(word);
    }
  });

  it('keeps the values, the file and its sheet in the Chinese text', () => {
    setLocale('zh-CN');
    const text = importText(
      note('badAmount', {
        file: sourceName('数据.xlsx', '销售'),
        row: 4,
        column: '3月',
        value: 'x',
      }),
    );

    expect(text).toContain('数据.xlsx 的工作表“销售”');
    expect(text).toContain('第 4 行');
    expect(text).toContain('“3月”列');
    expect(text).toContain('“x”');
  });

  it('says in Chinese that control characters are shown escaped', () => {
    setLocale('zh-CN');
    const text = importText(
      note('badDate', { file: 'a.csv', row: 2, column: 'd', value: '\u0000' }),
    );

    expect(text).toContain('\\u0000');
    expect(text).toContain('控制字符');
    expect(text).not.toMatch(/\u0000/);
  });

  it('words the reason of a left-out row without its file and place', () => {
    setLocale('zh-CN');
    // A column whose name holds the message's own punctuation is cut off whole.
    const column = '目标": x';
    const bad = note('badOptional', { file: 'a.csv', row: 5, column, value: 'n/a' });

    expect(skipReason(bad)).toBe('无法读取“n/a”；应为金额或空单元格');
    expect(skipReason(null)).toBe('合计行');
    // A sheet's cell, empty: the reason alone, with no English place spliced in.
    const file = sourceName('超市.xlsx', 'Sheet1');
    const empty = note('emptyValue', { file, row: 112, column: '交易额', role: 'sales' });
    expect(skipReason(empty)).toBe('销售额为空');
    setLocale('en');
    expect(skipReason(empty)).toBe('empty sales');
  });

  it('sends the reader to the currency control by the name it has on the page', () => {
    const asking = keys.filter((key) => importTemplates[key].includes('currency of the figures'));
    expect(asking.length).toBeGreaterThan(0);
    for (const key of asking) {
      expect(t('data.currency').toLowerCase()).toBe('currency of the figures');
      setLocale('zh-CN');
      expect(importText(note(codeOf(key), sample(key))), key).toContain(`“${t('data.currency')}”`);
      setLocale('en');
    }
  });

  it('shows an error the reading threw in its own words, after the file', () => {
    setLocale('zh-CN');
    expect(importText(note('readFailed', { file: 'a.csv', reason: 'DuckDB said no' }))).toBe(
      'a.csv：DuckDB said no',
    );
  });

  it('words a count of one in the singular in English and as one row in Chinese', () => {
    const text = note('skippedBad', { file: 'a.csv', count: 1 });
    expect(importText(text)).toBe('a.csv: 1 row with unreadable values was skipped.');
    const none = note('assignNoReps', { file: 'g.csv', count: 1, reps: ['M-1'] });
    expect(importText(none)).toMatch(/^g\.csv: its 1 rep is not in the loaded data/);

    setLocale('zh-CN');
    expect(importText(text)).toBe('a.csv：有 1 行含无法读取的数值，已跳过。');
    expect(importText(none)).toMatch(/^g\.csv：其中 1 位销售员/);
    const reps = note('repsNotCounted', { file: 'a.csv', count: 2, reps: ['M-1', 'M-2'] });
    expect(importText(reps)).toBe(
      'a.csv：有 2 名销售代表没有计入销售的行（每一行的状态都被排除），因此不参与模拟：“M-1”、“M-2”',
    );
  });

  it('words the result’s counts of one in the singular and larger ones grouped', () => {
    expect(t('import.done.thinTitle', { count: 1 })).toBe('Thin history (1 rep)');
    expect(t('import.done.thinTitle', { count: 1_200 })).toBe('Thin histories (1,200 reps)');
    expect(t('import.done.thin', { count: 1 })).toMatch(/^This rep has few periods: its fit/);
    expect(t('import.done.thin', { count: 2 })).toMatch(/^These reps have few periods: their/);
    expect(t('import.done.skippedMore', { count: 1 })).toBe('and 1 more row, not listed.');
    expect(t('import.done.met', { met: '1', count: 1 })).toBe('1 of 1 row at or above target.');

    setLocale('zh-CN');
    expect(t('import.done.skippedMore', { count: 1 })).toBe('另有 1 行未列出。');
  });

  it('words the count of a long list of reps or values in the reader’s language', () => {
    const reps = Array.from({ length: 1_500 }, (_, i) => String(274 + i));
    const text = note('assignUnassigned', { file: 't.csv', count: 1_500, reps });
    expect(importText(text)).toBe(
      't.csv: 1,500 rep-periods have no assignment and show as unassigned ' +
        '(reps "274", "275", "276", "277", "278", … (1,500 in all))',
    );

    setLocale('zh-CN');
    expect(importText(text)).toBe(
      't.csv：1,500 个销售员-期没有分配，显示为未分配' +
        '（销售员 “274”、“275”、“276”、“277”、“278” 等，共 1,500 位）',
    );
    const headers = [...'abcdefghij'];
    expect(importText(note('missingColumn', { file: 'f.csv', role: 'sales', headers }))).toBe(
      'f.csv：找不到销售额列（表头：“a”、“b”、“c”、“d”、“e”、“f”、“g”、“h” 等，共 10 个）',
    );
  });

  it('parts every list of a Chinese message with 、 and quotes its values as Chinese does', () => {
    setLocale('zh-CN');
    const headers = ['名字', '日期, 月'];
    expect(importText(note('missingColumn', { file: 'f.csv', role: 'sales', headers }))).toBe(
      'f.csv：找不到销售额列（表头：“名字”、“日期, 月”）',
    );
    const sheets = ['Sales', 'Returns'];
    expect(importText(note('noSheet', { file: 'b.xlsx', sheet: 'S', sheets }))).toContain(
      '（现有工作表：“Sales”、“Returns”）',
    );
    const months = ['1月', '2月'];
    expect(importText(note('yearlessMonths', { file: 'f.csv', headers: months }))).toContain(
      '表头 “1月”、“2月” 是',
    );
    const periods = ['112536 2018-04-16: 3 (64)', '112539 2018-04-22: 2 (41)'];
    expect(importText(note('outliers', { count: 2, periods }))).toMatch(
      /：“112536 2018-04-16: 3 \(64\)”、“112539 2018-04-22: 2 \(41\)”$/,
    );
    // Groups of rows are clauses, each its rows listed.
    const list = [
      ['2', '38'],
      ['3', '39', '…'],
    ];
    const groups = note('duplicateGroups', { file: 'f.csv', groups: 2, copies: 5, list });
    expect(importText(groups)).toContain('2、38；3、39、…');
  });

  it('adds the note on control characters as the language adds a bracket', () => {
    const text = note('badDate', { file: 'a.csv', row: 2, column: 'd', value: 'x\u0001' });
    expect(importText(text)).toBe(say(text));
    setLocale('zh-CN');
    expect(importText(text)).toMatch(/[^ ]（控制字符显示为 \\u0000）$/);
  });

  it('words the date order and sales fixes by the page’s controls, not the CLI’s options', () => {
    const text = note('dateOrderAmbiguous', {
      file: 'f.csv',
      column: 'start',
      value: '03/04/2011',
    });
    expect(say(text)).toContain('--date-order');
    expect(importText(text)).toBe(
      'f.csv: column "start" has dates such as "03/04/2011" that read as day/month or ' +
        'month/day, and none decides; choose the order of dates (day/month or month/day)',
    );

    setLocale('zh-CN');
    expect(importText(text)).not.toContain('--');
    const sales = note('missingSales', { file: 'f.csv', headers: ['q'], target: 'q' });
    expect(importText(sales)).not.toContain('--sales');
  });

  it('hands lists over whole: names holding ", ", quotes, 、 or a line break stay one item', () => {
    const reps = ['Li", "Wei', '“Ma”、Lin', 'Zhou\nYu', 'Wang'];
    const left = note('repsNotCounted', { file: 'a.csv', count: reps.length, reps });
    const sheets = ['Q1, "East"', 'Q2'];
    const missing = note('noSheet', { file: 'b.xlsx', sheet: 'Q3', sheets });

    expect(importText(left)).toBe(
      'a.csv: 4 reps have no rows that count as sales (every row has a status left out), so ' +
        'they are not simulated: "Li", "Wei", "“Ma”、Lin", "Zhou\\u000aYu", "Wang"' +
        ' (control characters are shown as \\u0000)',
    );
    expect(importText(missing)).toBe('b.xlsx: no sheet "Q3" (sheets: "Q1, "East"", "Q2")');

    setLocale('zh-CN');
    expect(importText(left)).toContain('：“Li", "Wei”、““Ma”、Lin”、“Zhou\\u000aYu”、“Wang”');
    expect(importText(missing)).toContain('（现有工作表：“Q1, "East"”、“Q2”）');
  });
});
