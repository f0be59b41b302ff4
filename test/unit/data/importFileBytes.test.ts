import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/data/db';
import { importFile } from '../../../src/lib/data/importFile';
import { openNodeDb } from '../../../src/lib/data/nodeDb';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

/** `db`, noting what each registration handed DuckDB. */
function noting(): { db: Db; texts: string[]; bytes: Uint8Array[] } {
  const seen = { texts: [] as string[], bytes: [] as Uint8Array[] };
  return {
    ...seen,
    db: {
      ...db,
      registerText: async (name, text) => {
        seen.texts.push(text);
        return db.registerText(name, text);
      },
      registerBytes: async (name, bytes) => {
        seen.bytes.push(bytes);
        return db.registerBytes(name, bytes);
      },
    },
  };
}

const salesRows = () =>
  db.query<{ rep: string; sales: number }>('SELECT rep, sales FROM sales ORDER BY rep');

// A title row in Chinese above the header: three bytes per character, one UTF-16 unit each.
const csv = '销售报表 2024\nrep,date,sales\n王芳,2024-01-05,10\nAnn,2024-02-05,20\n';

describe('importFile hands DuckDB the bytes of a UTF-8 file', () => {
  it('importFile registers the records as the file’s own bytes, title rows left out', async () => {
    const file = new TextEncoder().encode(csv);
    const seen = noting();
    const outcome = await importFile(seen.db, 'report.csv', file);

    expect(outcome.ok).toBe(true);
    expect(seen.texts).toEqual([]);
    expect(seen.bytes).toHaveLength(1);
    const records = csv.slice(csv.indexOf('rep,'));
    expect(new TextDecoder().decode(seen.bytes[0])).toBe(records);
    expect(seen.bytes[0].buffer).toBe(file.buffer);
    expect(await salesRows()).toEqual([
      { rep: 'Ann', sales: 20 },
      { rep: '王芳', sales: 10 },
    ]);
  });

  it('importFile leaves the file’s array as it was, so a second import reads it again', async () => {
    const file = new TextEncoder().encode(`\uFEFF${csv}`);
    const copy = file.slice();
    for (let i = 0; i < 2; i += 1) {
      expect((await importFile(db, 'report.csv', file)).ok).toBe(true);
      expect(file).toEqual(copy);
    }
    expect((await salesRows()).map((row) => row.rep)).toEqual(['Ann', '王芳']);
  });

  it('importFile registers text for a file that is not UTF-8 (GBK)', async () => {
    // rep,sales / 中,5 with 中 in GBK (D6D0): not valid UTF-8.
    const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));
    const gbk = new Uint8Array([
      ...ascii('rep,date,sales\n'),
      0xd6,
      0xd0,
      ...ascii(',2024-01-05,5\n'),
    ]);
    const seen = noting();

    expect((await importFile(seen.db, 'gbk.csv', gbk)).ok).toBe(true);
    expect(seen.bytes).toEqual([]);
    expect(seen.texts).toEqual(['rep,date,sales\n中,2024-01-05,5\n']);
    expect(await salesRows()).toEqual([{ rep: '中', sales: 5 }]);
  });
});
