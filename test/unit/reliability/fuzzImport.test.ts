import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { goodRows, goodWorkbook } from '../../corpus/smallFiles';
import { isolatedImporter } from './isolatedImporter';

/** After this long an import counts as hung and its thread is stopped (a guard, not a goal). */
const HANG_MS = 30_000;

const csvText = goodRows()
  .map((row) => row.join(','))
  .join('\n');
const goodCsv = new TextEncoder().encode(csvText);
const goodXlsx = goodWorkbook({ XLSX });

/** Bytes that parsers trip on: quotes, delimiters, line ends, NUL, a BOM, UTF-8 lead bytes. */
const trouble = [0x22, 0x2c, 0x3b, 0x09, 0x0a, 0x0d, 0x00, 0xef, 0xbb, 0xbf, 0xe4, 0xff, 0x3d];

type Mutation = (bytes: Uint8Array) => Uint8Array;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((at) => (b: Uint8Array) => b.slice(0, at % (b.length + 1))),
  fc.tuple(fc.nat(), fc.constantFrom(...trouble)).map(([at, byte]) => (b: Uint8Array) => {
    const out = b.slice();
    if (out.length > 0) out[at % out.length] = byte;
    return out;
  }),
  fc
    .tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 }))
    .map(([at, junk]) => (b: Uint8Array) => {
      const cut = at % (b.length + 1);
      return new Uint8Array([...b.subarray(0, cut), ...junk, ...b.subarray(cut)]);
    }),
  fc.tuple(fc.nat(), fc.nat({ max: 64 })).map(([at, length]) => (b: Uint8Array) => {
    const cut = at % (b.length + 1);
    return new Uint8Array([...b.subarray(0, cut), ...b.subarray(cut + length)]);
  }),
);

const mutatedFrom = (name: string, good: Uint8Array) =>
  fc.array(mutation, { minLength: 1, maxLength: 4 }).map((steps) => ({
    name,
    bytes: steps.reduce((bytes, step) => step(bytes), good),
  }));

const importer = isolatedImporter(HANG_MS);
const before = { name: 'good.csv', bytes: goodCsv };

afterAll(() => importer.close());

/** A mutated file gives a table or messages naming it, and a refusal keeps the history. */
async function expectAnswer({ name, bytes }: { name: string; bytes: Uint8Array }): Promise<void> {
  const answer = await importer.run({ name, bytes, before });

  expect('hung' in answer, `no answer within ${HANG_MS / 1000} s`).toBe(false);
  expect('thrown' in answer ? answer.thrown : null, 'an exception escaped').toBeNull();
  if (!('ok' in answer)) return;
  for (const error of answer.previewErrors) expect(error).toContain(name);
  if (answer.ok) {
    expect(answer.rows).toBeGreaterThan(0);
  } else {
    expect(answer.messages.length).toBeGreaterThan(0);
    for (const error of answer.messages) expect(error).toContain(name);
    expect(answer.tableKept, 'the history loaded before is intact').toBe(true);
  }
}

describe('import fuzzing', () => {
  // A hang costs HANG_MS per try: report the first one found rather than shrink it.
  it('a valid CSV cut, overwritten or spliced gives a table or named messages', async () => {
    await fc.assert(fc.asyncProperty(mutatedFrom('fuzz.csv', goodCsv), expectAnswer), {
      numRuns: 60,
      seed: 8_101,
      endOnFailure: true,
    });
  }, 300_000);

  it('a valid workbook cut, overwritten or spliced gives a table or named messages', async () => {
    await fc.assert(fc.asyncProperty(mutatedFrom('fuzz.xlsx', goodXlsx), expectAnswer), {
      numRuns: 60,
      seed: 8_101,
      endOnFailure: true,
    });
  }, 300_000);
});
