import { noteText } from '$lib/data/dataNote';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/data/db';
import { importFile } from '../../../src/lib/data/importFile';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { salesTotals } from '../../../src/lib/data/salesTotals';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

describe('salesTotals', () => {
  it('salesTotals adds up sales and targets and counts the rows that met their target', async () => {
    const rows = [
      ['A', '2024-01', 10, 8],
      ['A', '2024-02', 5, 5],
      ['B', '2024-01', 3, 4],
      ['B', '2024-02', 7, ''],
    ];
    const text = ['rep,month,sales,target', ...rows.map((r) => r.join(','))].join('\n');
    const outcome = await importFile(db, 't.csv', new TextEncoder().encode(text));
    if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));

    // Met: A 10 ≥ 8 and A 5 ≥ 5 (equal counts); B 3 < 4; B has no target in February.
    expect(await salesTotals(db)).toEqual({
      rows: 4,
      sales: 25,
      target: 17,
      withTarget: 3,
      met: 2,
    });
  });
});
