import { noteText } from '$lib/data/dataNote';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanedTable } from '../../../src/lib/data/cleanedTable';
import { csvRecords } from '../../../src/lib/data/csvRecords';
import type { Db } from '../../../src/lib/data/db';
import { importFile } from '../../../src/lib/data/importFile';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { csvText } from '../../../src/lib/state/csv';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

// Reps whose names a spreadsheet would run as formulas, an id with a leading zero, a refund
// to net out and a cancelled row to leave out.
const source = [
  'rep,date,amount,refund,status,target',
  '=HYPERLINK("x"),2024-02-03,100,10,done,80',
  '+1,2024-01-31,50,,done,',
  '007,2024-01-15,30,,cancelled,',
  '007,2024-01-16,"1,200.50",0.5,done,1000',
  '@SUM(A1),2024-03-01,(20),,done,',
].join('\n');

describe('cleanedTable', () => {
  it('cleanedTable gives the counted rows with refunds netted, sorted by rep and day', async () => {
    const outcome = await importFile(db, 'formulas.csv', new TextEncoder().encode(source));
    if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));

    const table = await cleanedTable(db);
    expect(table.header).toEqual(['rep', 'period', 'sales', 'target']);
    expect(table.rows).toEqual([
      ['+1', '2024-01-31', 50, null],
      ['007', '2024-01-16', 1200, 1000],
      ['=HYPERLINK("x")', '2024-02-03', 90, 80],
      ['@SUM(A1)', '2024-03-01', -20, null],
    ]);
  });

  it('cleanedTable exported with csvText neutralises formula cells and keeps the values', async () => {
    await importFile(db, 'formulas.csv', new TextEncoder().encode(source));
    const table = await cleanedTable(db);

    const text = csvText(table.header, table.rows);
    const records = [...csvRecords(text.replace(/^\uFEFF/, ''), ',')];
    expect(records.map((r) => r[0])).toEqual([
      'rep',
      "'+1",
      '007',
      `'=HYPERLINK("x")`,
      "'@SUM(A1)",
    ]);
    expect(records.slice(1).map((r) => Number(r[2]))).toEqual([50, 1200, 90, -20]);
  });

  it('cleanedTable writes amounts with 15 significant digits, as the source showed them', async () => {
    // 0.3 − 0.1 and 1,325.95 − 0.1 carry binary noise; 333.99899999999997 is how a workbook
    // stores the 333.999 it shows.
    const noisy = [
      'rep,date,amount,refund,target',
      'A,2024-01-01,0.3,0.1,333.99899999999997',
      'A,2024-02-01,1325.95,0.1,',
      'A,2024-03-01,333.99899999999997,,1325.8500000000001',
    ].join('\n');
    const outcome = await importFile(db, 'noisy.csv', new TextEncoder().encode(noisy));
    if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));

    const table = await cleanedTable(db);
    const text = csvText(table.header, table.rows);
    const records = [...csvRecords(text.replace(/^\uFEFF/, ''), ',')].slice(1);
    expect(records.map((r) => [r[2], r[3]])).toEqual([
      ['0.2', '333.999'],
      ['1325.85', ''],
      ['333.999', '1325.85'],
    ]);
  });
});
