import { noteText } from '$lib/data/dataNote';
/**
 * Parquet files written here by an independent writer (hyparquet-writer), in the column
 * types an export from a database or a data frame gives: DATE and TIMESTAMP dates, INT64,
 * DOUBLE and nullable amounts, Chinese names. Each goes through the real DuckDB-WASM import
 * and is checked against the rows it holds, or against the same rows written as CSV.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/data/db';
import { importFile } from '../../../../src/lib/data/importFile';
import { openNodeDb } from '../../../../src/lib/data/nodeDb';
import { loadCsvBytes } from '../../../../src/lib/data/source';
import { readSales } from './fixtures';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

type Columns = Parameters<typeof parquetWriteBuffer>[0]['columnData'];
type Schema = NonNullable<Parameters<typeof parquetWriteBuffer>[0]['schema']>;

function parquet(columnData: Columns, schema?: Schema): Uint8Array {
  return new Uint8Array(parquetWriteBuffer({ columnData, schema }));
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Two reps over eight quarters, with a quota that grows and sales around it. */
function quarters() {
  const rows: { rep: string; day: string; sales: number; target: number }[] = [];
  for (const [r, rep] of ['Ann', 'Bo'].entries()) {
    for (let q = 0; q < 8; q++) {
      const month = String(1 + 3 * (q % 4)).padStart(2, '0');
      const target = 100 * (r + 1) + 5 * q;
      const sales = target * (0.8 + 0.05 * ((q * 7 + r * 3) % 9));
      rows.push({ rep, day: `${2023 + Math.floor(q / 4)}-${month}-01`, sales, target });
    }
  }
  return rows;
}

describe('importFile on Parquet', () => {
  it('reads DATE dates, DOUBLE sales and a nullable target as the rows they hold', async () => {
    const bytes = parquet(
      [
        { name: 'Rep', data: ['Ann', 'Ann', 'Bo'] },
        { name: 'Date', data: [day('2024-01-01'), day('2024-04-01'), day('2024-01-01')] },
        { name: 'Sales', data: [120.25, 98.5, 310] },
        { name: 'Target', data: [100, null, 300] },
      ],
      [
        { name: 'root', num_children: 4 },
        { name: 'Rep', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
        { name: 'Date', type: 'INT32', converted_type: 'DATE', repetition_type: 'REQUIRED' },
        { name: 'Sales', type: 'DOUBLE', repetition_type: 'REQUIRED' },
        { name: 'Target', type: 'DOUBLE', repetition_type: 'OPTIONAL' },
      ],
    );
    const outcome = await importFile(db, 'sales.parquet', bytes);

    expect(outcome.ok).toBe(true);
    expect(await readSales(db)).toEqual([
      { rep: 'Ann', day: '2024-01-01', sales: 120.25, target: 100 },
      { rep: 'Ann', day: '2024-04-01', sales: 98.5, target: null },
      { rep: 'Bo', day: '2024-01-01', sales: 310, target: 300 },
    ]);
  });

  it('reads Chinese column names, TIMESTAMP dates and INT64 amounts', async () => {
    const bytes = parquet([
      { name: '销售代表', data: ['李娜', '王芳'], type: 'STRING' },
      { name: '日期', data: [day('2024-03-01'), day('2024-03-01')], type: 'TIMESTAMP' },
      { name: '销售额', data: [BigInt(35000), BigInt(-1200)], type: 'INT64' },
    ]);
    const outcome = await importFile(db, '销售.parquet', bytes);

    expect(outcome.ok).toBe(true);
    expect(await readSales(db)).toEqual([
      { rep: '李娜', day: '2024-03-01', sales: 35000, target: null },
      { rep: '王芳', day: '2024-03-01', sales: -1200, target: null },
    ]);
  });

  it('fits the same reps from a Parquet file as from the same rows written as CSV', async () => {
    const rows = quarters();
    const csv = [
      'rep,date,sales,target',
      ...rows.map((r) => `${r.rep},${r.day},${r.sales},${r.target}`),
    ];
    const fromCsv = await loadCsvBytes(db, 'q.csv', new TextEncoder().encode(csv.join('\n')));
    const fromParquet = await loadCsvBytes(
      db,
      'q.parquet',
      parquet([
        { name: 'rep', data: rows.map((r) => r.rep), type: 'STRING' },
        { name: 'date', data: rows.map((r) => day(r.day)), type: 'TIMESTAMP' },
        { name: 'sales', data: rows.map((r) => r.sales), type: 'DOUBLE' },
        { name: 'target', data: rows.map((r) => r.target), type: 'DOUBLE' },
      ]),
    );

    if (!fromCsv.ok || !fromParquet.ok) throw new Error('both files should import');
    expect(fromParquet.result.reps).toHaveLength(2);
    expect(fromParquet.result.reps).toEqual(fromCsv.result.reps);
    expect(fromParquet.summary.rows).toBe(rows.length);
  });

  it('refuses a cut-off Parquet file by name and keeps the rows already loaded', async () => {
    await importFile(
      db,
      'kept.parquet',
      parquet([
        { name: 'Rep', data: ['Kept'], type: 'STRING' },
        { name: 'Date', data: [day('2024-01-01')], type: 'TIMESTAMP' },
        { name: 'Sales', data: [42], type: 'DOUBLE' },
      ]),
    );
    const whole = parquet([
      { name: 'Rep', data: ['Cut'], type: 'STRING' },
      { name: 'Date', data: [day('2024-01-01')], type: 'TIMESTAMP' },
      { name: 'Sales', data: [7], type: 'DOUBLE' },
    ]);
    const outcome = await importFile(db, 'cut.parquet', whole.slice(0, whole.length - 20));

    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors.map(noteText).join(' ')).toContain('cut.parquet');
    expect(await readSales(db)).toEqual([
      { rep: 'Kept', day: '2024-01-01', sales: 42, target: null },
    ]);
  });
});
