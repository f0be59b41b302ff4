import { noteText } from '$lib/data/dataNote';
import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/data/db';
import { columnLetter, distinctHeaders } from '../../../../src/lib/data/distinctHeaders';
import { importFile } from '../../../../src/lib/data/importFile';
import { openNodeDb } from '../../../../src/lib/data/nodeDb';
import { previewFile } from '../../../../src/lib/data/previewFile';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

// Column C holds the sales, D twice them, E a third of them under no header, F the target.
const amounts = [120, 95.5, 130.25, 88, 101, 140.75, 99, 117.5];
const rows = amounts.map((a, i) => [
  i % 2 === 0 ? 'Ann' : 'Bo',
  `2024-${String(Math.floor(i / 2) + 1).padStart(2, '0')}-15`,
  a,
  2 * a,
  a / 4,
  100,
]);
const header = ['rep', 'date', 'sales', 'sales', '', 'target'];
const csv = [header, ...rows].map((cells) => cells.join(',')).join('\n') + '\n';

function workbook(): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([header, ...rows]), 'Sales');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }));
}

const files = [
  { name: 'same.csv', bytes: new TextEncoder().encode(csv) },
  { name: 'same.xlsx', bytes: workbook() },
];
const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

async function totalSales(): Promise<number> {
  const [row] = await db.query<{ total: number }>('SELECT sum(sales) AS total FROM sales');
  return row.total;
}

describe('columns under the same header, or none', () => {
  it('columnLetter counts as spreadsheets do', () => {
    const letters = [0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter);
    expect(letters).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('distinctHeaders names every column apart and leaves distinct headers as they are', () => {
    const cases = [
      header,
      ['', '', 'x', 'x', 'x'],
      ['a', 'a', 'a (B)'],
      ['', '(A)', '(A) (A)'],
      ['sales (D)', 'b', 'c', 'sales', 'sales'],
    ];
    for (const headers of cases) {
      const named = distinctHeaders(headers);
      expect(new Set(named).size).toBe(headers.length);
      expect(named.every((name) => name !== '')).toBe(true);
      // The first column of each header keeps it, and naming again changes nothing.
      headers.forEach((h, i) => {
        if (h !== '' && headers.indexOf(h) === i) expect(named[i]).toBe(h);
      });
      expect(distinctHeaders(named)).toEqual(named);
    }
    expect(distinctHeaders(header)).toEqual(['rep', 'date', 'sales', 'sales (D)', '(E)', 'target']);
  });

  for (const { name, bytes } of files) {
    it(`${name}: the preview offers each column and the import reads the one chosen`, async () => {
      const outcome = await previewFile(bytes, name);
      if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));
      const { headers, mapping } = outcome.preview;
      expect(new Set(headers).size).toBe(header.length);
      expect(mapping.sales).toBe('sales');

      const chosen = async (sales: string) => {
        const mapped = { ...mapping, sales };
        const done = await importFile(db, name, bytes, { mapping: mapped });
        if (!done.ok) throw new Error(done.errors.map(noteText).join('\n'));
        return totalSales();
      };
      expect(await chosen(headers[2])).toBeCloseTo(sum(amounts), 9);
      expect(await chosen(headers[3])).toBeCloseTo(2 * sum(amounts), 9);
      expect(await chosen(headers[4])).toBeCloseTo(sum(amounts) / 4, 9);
    });
  }
});
