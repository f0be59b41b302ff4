import { inEnglish } from '../inEnglish';
import { noteText } from '$lib/data/dataNote';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { previewFile, readFileBook } from '../../../../src/lib/data/previewFile';
import { fixtureBytes } from './fixtures';

function workbook(sheets: Record<string, (string | number)[][]>): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }));
}

const twoSheets = workbook({
  Notes: [['Read me first'], ['nothing here']],
  Orders: [
    ['Quarterly orders'],
    ['rep', 'date', 'amount', 'status'],
    ['A', '2024-01-05', 10, 'shipped'],
    ['B', '2024-01-06', 20, 'cancelled'],
    ['A', '2024-02-01', 30, 'shipped'],
  ],
});

describe('previewFile', () => {
  it('previewFile lists the sheets and previews the first that reads as sales, past a notes sheet', async () => {
    const outcome = await previewFile(twoSheets, 'book.xlsx');
    if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));

    expect(outcome.preview.format).toBe('xlsx');
    expect(outcome.preview.sheets).toEqual(['Notes', 'Orders']);
    expect(outcome.preview.sheet).toBe('Orders');
    expect(outcome.preview.mapping).toMatchObject({ rep: 'rep', date: 'date', sales: 'amount' });
    expect(outcome.preview.encoding).toBeNull();
  });

  it('previewFile previews the first sheet when none reads as sales', async () => {
    const notes = workbook({ Notes: [['Read me']], Lookup: [['region', 'manager']] });
    const outcome = await previewFile(notes, 'book.xlsx');
    if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));

    expect(outcome.preview.sheet).toBe('Notes');
  });

  it('previewFile finds the header below a title row of the chosen sheet', async () => {
    const outcome = await previewFile(twoSheets, 'book.xlsx', { sheet: 'Orders' });
    if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));
    const { preview } = outcome;

    expect(preview.headerRow).toBe(2);
    expect(preview.head[0]).toEqual(['Quarterly orders']);
    expect(preview.headers).toEqual(['rep', 'date', 'amount', 'status']);
    expect(preview.rows).toHaveLength(3);
    expect(preview.mapping).toMatchObject({ rep: 'rep', date: 'date', sales: 'amount' });
    expect(preview.mapping.status).toBe('status');
    expect(preview.statuses.map((s) => [s.value, s.count, s.counted])).toEqual([
      ['shipped', 2, true],
      ['cancelled', 1, false],
    ]);
  });

  it('previewFile maps the header under a row of group names from merged cells', async () => {
    const grouped = workbook({
      Sales: [
        ['Sales report FY2023-2025'],
        ['', 'Period', 'Amounts'],
        ['Rep', 'Date', 'Sales', 'Target'],
        ['Anna', 44941, 70, 100],
        ['Bo', 44972, 93.68, 100],
      ],
    });
    const outcome = await previewFile(grouped, 'book.xlsx');
    if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));

    expect(outcome.preview.headerRow).toBe(3);
    expect(outcome.preview.mapping).toMatchObject({
      rep: 'Rep',
      date: 'Date',
      sales: 'Sales',
      target: 'Target',
    });
    expect(outcome.preview.rows).toHaveLength(2);
  });

  it('previewFile takes the header row the user picks, 1-based as in the sheet', async () => {
    const outcome = await previewFile(twoSheets, 'book.xlsx', { sheet: 'Orders', headerRow: 3 });
    if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));

    expect(outcome.preview.headerRow).toBe(3);
    expect(outcome.preview.headers).toEqual(['A', '2024-01-05', '10', 'shipped']);
    expect(outcome.preview.rows).toHaveLength(2);
  });

  it('previewFile reuses a workbook read once, with the same result', async () => {
    const read = await readFileBook(twoSheets, 'book.xlsx');
    const book = read?.ok ? read.book : undefined;
    const again = await previewFile(twoSheets, 'book.xlsx', { sheet: 'Orders' }, book);
    const fresh = await previewFile(twoSheets, 'book.xlsx', { sheet: 'Orders' });

    expect(again).toEqual(fresh);
  });

  it('previewFile names a missing sheet and lists the real ones', async () => {
    const outcome = await previewFile(twoSheets, 'book.xlsx', { sheet: 'Nope' });

    expect(inEnglish(outcome)).toEqual({
      ok: false,
      errors: ['book.xlsx: no sheet "Nope" (sheets: "Notes", "Orders")'],
    });
  });

  it('previewFile reports a file that looks like a workbook but is not one', async () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const outcome = await previewFile(broken, 'broken.xlsx');

    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(noteText(outcome.errors[0])).toMatch(/^broken\.xlsx: cannot read as an Excel/);
  });

  it('previewFile shows the title rows of a text file and detects its header below them', async () => {
    const outcome = await previewFile(fixtureBytes('title_rows.tsv'), 'title_rows.tsv');
    if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));
    const { preview } = outcome;

    // Blank lines are not records, so the header is the third record.
    expect(preview.headerRow).toBe(3);
    expect(preview.head[0]).toEqual(['Monthly sales report']);
    expect(preview.headers).toEqual(['rep', 'month', 'sales']);
    expect(preview.rows[1]).toEqual(['B', '2024-01', 'line one\nline two']);
    expect(preview.encoding).toBe('utf-8');
    expect(preview.sheets).toEqual([]);
  });

  it('previewFile counts the statuses of a text file over all rows below the header', async () => {
    const text =
      'rep,date,sales,status\nA,2024-01-01,1,ok\nA,2024-01-02,1,ok\nB,2024-01-03,1,failed\n';
    const outcome = await previewFile(new TextEncoder().encode(text), 's.csv');
    if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));

    expect(outcome.preview.statuses.map((s) => [s.value, s.count])).toEqual([
      ['ok', 2],
      ['failed', 1],
    ]);
  });

  it('previewFile decodes text in the encoding the user overrides', async () => {
    const bytes = fixtureBytes('units_in_header_gbk.csv');
    const outcome = await previewFile(bytes, 'gbk.csv', { encoding: 'utf-8' });
    if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));

    expect(outcome.preview.encoding).toBe('utf-8');
    expect(outcome.preview.headers.join('')).toContain('\ufffd');
  });

  it('previewFile shows a file with rows in two encodings and asks for the encoding', async () => {
    // 张三 in GBK below UTF-8 rows: the preview stays open so that an encoding can be chosen.
    const gbk = [0xd5, 0xc5, 0xc8, 0xfd];
    const text = new TextEncoder();
    const bytes = new Uint8Array([
      ...text.encode('rep,month,sales\n李四,2024-01,1\n'),
      ...gbk,
      ...text.encode(',2024-01,2\n'),
    ]);

    const detected = await previewFile(bytes, 'mixed.csv');
    const chosen = await previewFile(bytes, 'mixed.csv', { encoding: 'gb18030' });

    expect(detected.ok && detected.preview.notes.map(noteText)).toEqual([
      expect.stringMatching(/^mixed\.csv: row 3 is not in the text encoding of row 2/),
    ]);
    expect(chosen.ok && chosen.preview.notes.map(noteText)).toEqual([]);
  });
});
