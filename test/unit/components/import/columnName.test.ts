import * as XLSX from '@e965/xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import { columnName } from '$lib/components/import/columnName';
import { previewFile } from '$lib/data/previewFile';
import { setLocale } from '$lib/i18n/i18n.svelte';

const wideCsv = new TextEncoder().encode('销售员,2024-01,2024-02,2024-03\n张伟,95,93.5,90\n');

function wideBook(): Uint8Array {
  const book = XLSX.utils.book_new();
  const header = ['Rep', '2024-01', '2024-02', '2024-03'];
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([header, ['A', 1, 2, 3]]), '实际');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([header, ['A', 2, 2, 2]]), '目标');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }));
}

async function shownHeaders(bytes: Uint8Array, name: string): Promise<string[]> {
  const outcome = await previewFile(bytes, name);
  if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
  return outcome.preview.headers.map((h) => columnName(h, outcome.preview.made));
}

describe('the names the import dialog shows for columns', () => {
  afterEach(() => setLocale('en'));

  it('names the columns unpivoting a CSV makes in Chinese, and the file’s own as written', async () => {
    setLocale('zh-CN');
    expect(await shownHeaders(wideCsv, 'wide.csv')).toEqual(['销售员', '期间', '销售额']);
  });

  it('names a wide workbook’s made columns with their sheets, in English as the import names them', async () => {
    const outcome = await previewFile(wideBook(), 'wide.xlsx');
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    const { headers, made } = outcome.preview;

    expect(headers.map((h) => columnName(h, made))).toEqual(headers);
    setLocale('zh-CN');
    expect(headers.map((h) => columnName(h, made))).toEqual([
      'Rep',
      '期间',
      '销售额（实际）',
      '目标（目标）',
    ]);
  });

  it('leaves a long file’s column named Period as the file writes it', async () => {
    setLocale('zh-CN');
    const long = new TextEncoder().encode('rep,Period,Sales\nA,2024-01,5\n');
    expect(await shownHeaders(long, 'long.csv')).toEqual(['rep', 'Period', 'Sales']);
  });
});
