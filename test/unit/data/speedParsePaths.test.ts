import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { benchCsv } from '../../../bench/import';
import { detectColumns } from '../../../src/lib/data/columns';
import { recordStart } from '../../../src/lib/data/csvRecords';
import { decideDateOrder } from '../../../src/lib/data/dateOrder';
import type { Db } from '../../../src/lib/data/db';
import { decodeBytes } from '../../../src/lib/data/decode';
import { headerScale } from '../../../src/lib/data/headerScale';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { previewText } from '../../../src/lib/data/previewText';
import {
  parseRowsSql,
  rawViewSql,
  readCsvSql,
  type ColumnIndexes,
  type ParsePath,
} from '../../../src/lib/data/sql/loadSql';
import { parseMacrosSql } from '../../../src/lib/data/sql/parseMacrosSql';
import { mulberry32 } from '$lib/data/sample/random';

const fixtureDir = new URL('../../fixtures/import/', import.meta.url);
const sharedDir = new URL('../../../../shared/data/', import.meta.url);

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

/** il_rows as its readers see it: values, and a role's text only where they quote it. */
const readerView = `SELECT row_no, rep, strftime(period, '%Y-%m-%d') AS day, amount, target,
  refund, status,
  CASE WHEN period IS NULL THEN date_text END AS date_text,
  CASE WHEN amount IS NULL OR (rep IS NULL AND period IS NULL) THEN sales_text END AS sales_text,
  CASE WHEN target IS NULL THEN target_text END AS target_text,
  CASE WHEN refund IS NULL THEN refund_text END AS refund_text
FROM il_rows`;

/**
 * Reads `text` into il_raw the way the importer does (header below any title rows, detected
 * columns, the column's date order or day-first when it does not decide), then parses it on
 * `path`. Null when the file lacks a rep, date or amount column.
 */
async function parse(text: string, path: ParsePath): Promise<Record<string, unknown>[] | null> {
  const preview = previewText(text, 0);
  const { mapping } = detectColumns(preview.headers);
  const at = (role: keyof typeof mapping) => {
    const i = mapping[role] === null ? -1 : preview.headers.indexOf(mapping[role]);
    return i < 0 ? null : i;
  };
  // A quota file (no sales column) still exercises both paths with its target as the amount.
  const [rep, date, sales] = [at('rep'), at('date'), at('sales') ?? at('target')];
  if (rep === null || date === null || sales === null) return null;
  const columns: ColumnIndexes = {
    rep,
    date,
    sales,
    target: at('target'),
    status: at('status'),
    refund: at('refund'),
  };

  const start = recordStart(text, preview.headerRow);
  await db.registerText('speed.csv', text.slice(start.offset));
  for (const sql of parseMacrosSql()) await db.exec(sql);
  await db.exec(readCsvSql('speed.csv', preview.delimiter, preview.headers.length));
  await db.exec(rawViewSql({ offset: start.lines }));
  const order = await decideDateOrder(db, date, undefined);
  const dateOrder = order.ok ? order.order : 'dmy';
  for (const sql of parseMacrosSql({ dateOrder })) await db.exec(sql);

  const scale = (role: 'sales' | 'target' | 'refund') => headerScale(mapping[role]);
  const scales = { sales: scale('sales'), target: scale('target'), refund: scale('refund') };
  await db.exec(parseRowsSql(columns, scales, path));
  return db.query<Record<string, unknown>>(readerView);
}

async function expectSamePaths(text: string): Promise<Record<string, unknown>[]> {
  const general = await parse(text, 'general');
  const fast = await parse(text, 'fast');
  expect(general).not.toBeNull();
  expect(fast).toEqual(general);
  return fast ?? [];
}

const fixtures = readdirSync(fixtureDir).filter((name) => /\.(csv|tsv)$/.test(name));
const sharedCsvs = existsSync(sharedDir)
  ? readdirSync(sharedDir).filter((name) => name.endsWith('.csv'))
  : [];

// Texts near the fast path's edges: canonical and almost canonical, out of range, DuckDB's
// own extras (1_000, inf, nan) and what only the clean-up reads.
const dateCells = [
  '2024-01-31',
  '1900-01-01',
  '2100-12-31',
  '1899-12-31',
  '2101-01-01',
  '0999-01-01',
  '2024-1-31',
  ' 2024-01-31',
  '2024-01-31 ',
  '2024-01-31 10:00',
  '2024/01/31',
  '2024-02-30',
  '20240131',
  '２０２４-01-31',
  'infinity',
  '45321',
  '',
  'x',
];
const amountCells = [
  '12.5',
  ' 12.5 ',
  '-0',
  '+5',
  '.5',
  '5.',
  '1e3',
  '1E-2',
  '1_000',
  'inf',
  '-Infinity',
  'nan',
  '0x10',
  '1,000',
  '(500)',
  '１２',
  '12元',
  '',
  '   ',
  'abc',
];

describe('the fast and the general parse', () => {
  // A file without a rep, date or amount column has nothing to parse: skipped, and named.
  it.for(fixtures)('give the same rows, values and quoted texts on fixture %s', async (name, t) => {
    const { text } = decodeBytes(new Uint8Array(readFileSync(new URL(name, fixtureDir))));
    if ((await parse(text, 'general')) === null)
      t.skip(`${name} has no rep, date or amount column`);
    await expectSamePaths(text);
  });

  it.for(sharedCsvs)(
    'give the same rows, values and quoted texts on the shared file %s',
    async (name, t) => {
      const { text } = decodeBytes(new Uint8Array(readFileSync(new URL(name, sharedDir))));
      if ((await parse(text, 'general')) === null)
        t.skip(`${name} has no rep, date or amount column`);
      await expectSamePaths(text);
    },
  );

  it('give the same rows on the benchmark file, whose values all take the fast path', async () => {
    const rows = await expectSamePaths(benchCsv(2_000));
    expect(rows).toHaveLength(2_000);

    // Every value was canonical, so the fast path kept no text at all.
    const [kept] = await db.query<{ n: number }>(
      'SELECT count(date_text) + count(sales_text) AS n FROM il_rows',
    );
    expect(kept.n).toBe(0);
  });

  it('give the same rows for random mixes of edge-case dates and amounts', async () => {
    const next = mulberry32(20261204);
    const pick = (cells: string[]) => cells[Math.floor(next() * cells.length)];
    for (let file = 0; file < 5; file += 1) {
      const lines = ['rep,date,sales,target,refund'];
      for (let row = 0; row < 200; row += 1) {
        const cells = [
          `R${row % 7}`,
          pick(dateCells),
          pick(amountCells),
          pick(amountCells),
          pick(amountCells),
        ];
        lines.push(cells.map((cell) => `"${cell}"`).join(','));
      }
      await expectSamePaths(`${lines.join('\n')}\n`);
    }
  });
});
