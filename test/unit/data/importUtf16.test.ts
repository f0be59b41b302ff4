import { noteText } from '$lib/data/dataNote';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/data/db';
import { importFile } from '../../../src/lib/data/importFile';
import { openNodeDb } from '../../../src/lib/data/nodeDb';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

const csv = 'rep,date,sales\n王芳,2024-01-05,10\nAnn,2024-02-05,20.5\nAnn,2024-03-05,4\n';

/** `text` as UTF-16 code units in the given byte order, with no byte-order mark. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const view = new DataView(new ArrayBuffer(text.length * 2));
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return new Uint8Array(view.buffer);
}

describe('importFile reads UTF-16 saved without a byte-order mark', () => {
  it.each([
    ['LE', true, 'utf-16le'],
    ['BE', false, 'utf-16be'],
  ])('imports a UTF-16 %s table without a BOM and reports its encoding', async (_, le, name) => {
    const outcome = await importFile(db, 'nobom.csv', utf16(csv, le));

    if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));
    expect(outcome.summary.encoding).toBe(name);
    const rows = await db.query<{ rep: string; sales: number }>(
      'SELECT rep, sum(sales) AS sales FROM sales GROUP BY rep ORDER BY rep',
    );
    expect(rows).toEqual([
      { rep: 'Ann', sales: 24.5 },
      { rep: '王芳', sales: 10 },
    ]);
  });
});
