import { noteText } from '$lib/data/dataNote';
import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/data/db';
import { importFile } from '../../../src/lib/data/importFile';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { formatCurrency } from '../../../src/lib/data/sheets/readWorkbook';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

/** Two reps over three months whose amounts are plain numbers shown in the format `format`. */
function workbook(format: string | null): Uint8Array {
  const rows: (string | number)[][] = [['rep', 'month', 'sales']];
  for (const rep of ['Ana', 'Bo']) {
    for (const [m, sales] of [1200.5, 980, 1410.25].entries())
      rows.push([rep, `2024-0${m + 1}`, sales]);
  }
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  if (format) for (let r = 2; r <= rows.length; r++) sheet[`C${r}`].z = format;
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Sales');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }));
}

describe('formatCurrency', () => {
  it('reads the currency an Excel number format shows, and a locale tag as none', () => {
    expect(formatCurrency('"$"#,##0;[Red]\\("$"#,##0\\)')).toBe('USD');
    expect(formatCurrency('$#,##0.00')).toBe('USD');
    expect(formatCurrency('[$€-407] #,##0.00')).toBe('EUR');
    expect(formatCurrency('[$¥-804]#,##0')).toBe('CNY');
    expect(formatCurrency('[$-409]#,##0.00')).toBeNull();
    expect(formatCurrency('#,##0.00')).toBeNull();
    expect(formatCurrency('General')).toBeNull();
  });
});

describe('importFile on a workbook whose amounts are formatted as dollars', () => {
  it('takes the currency from the cells’ format and says so', async () => {
    const outcome = await importFile(db, 'dollars.xlsx', workbook('"$"#,##0.00'));

    expect(outcome.ok && outcome.summary.currency).toBe('USD');
    expect(outcome.ok && outcome.summary.warnings.map(noteText)).toContain(
      'dollars.xlsx, sheet "Sales": 6 numbers of the sheet are formatted as "$" amounts, so the ' +
        'figures are shown in USD; choose another currency of the figures if that is wrong',
    );
  });

  it('names no currency for plain numbers', async () => {
    const outcome = await importFile(db, 'plain.xlsx', workbook(null));

    expect(outcome.ok && outcome.summary.currency).toBeNull();
  });
});
