import fc from 'fast-check';
import { noteText } from '$lib/data/dataNote';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/data/db';
import { importFile } from '../../../../src/lib/data/importFile';
import { openNodeDb } from '../../../../src/lib/data/nodeDb';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

// Text made of the characters that trouble parsers: delimiters, quotes, line ends, digits,
// signs, currency and CJK units, and the magic bytes of the binary formats.
const pieces = [
  ',',
  ';',
  '\t',
  '"',
  '\n',
  '\r\n',
  '(',
  ')',
  '-',
  '.',
  '1',
  '9',
  '12',
  '/',
  '2024',
  '年',
  '月',
  '万',
  '¥',
  ' ',
  'Total',
  'rep',
  'date',
  'sales',
  'target',
  'status',
  '销售额',
  '日期',
  '姓名',
  'PK\u0003\u0004',
  'PAR1',
  '\u00d0\u00cf\u0011\u00e0',
  '\uFEFF',
];
const textish = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(''));
const headed = textish.map((body) => `rep,date,sales,target,status\n${body}`);
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  textish.map((t) => new TextEncoder().encode(t)),
  headed.map((t) => new TextEncoder().encode(t)),
);

describe('importFile on garbage', () => {
  it('importFile never throws: any bytes give a table or messages naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, fc.boolean(), async (input, skipBadRows) => {
        const outcome = await importFile(db, 'fuzz.csv', input, { skipBadRows });

        if (outcome.ok) expect(outcome.summary.rows).toBeGreaterThan(0);
        else expect(outcome.errors.map(noteText).every((e) => e.startsWith('fuzz.csv'))).toBe(true);
      }),
      { numRuns: 300, seed: 20240501 },
    );
  }, 120_000);
});
