import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvText, type CsvValue } from '../../../src/lib/state/csv';
import { readCsv } from './readCsv';

/** What spreadsheets run as a formula (OWASP, "CSV Injection"), with look-alike signs. */
const formulaStart = /^[=+\-@\t\r\u2212\uff1d\uff0b\uff0d\uff20]/;

const risky = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\u2212', '\uff1d');
const text = fc.oneof(
  fc.string(),
  fc.tuple(risky, fc.string()).map(([sign, rest]) => sign + rest),
  fc.constantFrom('=HYPERLINK("http://x","y")', '-2+3', '@SUM(A1)', '"=1"', 'a,b', 'x\r\ny'),
);
const value: fc.Arbitrary<CsvValue> = fc.oneof(text, fc.double(), fc.constant(null));
const table = fc
  .integer({ min: 1, max: 5 })
  .chain((width) =>
    fc.tuple(
      fc.array(text, { minLength: width, maxLength: width }),
      fc.array(fc.array(value, { minLength: width, maxLength: width }), { maxLength: 8 }),
    ),
  );

describe('CSV exports', () => {
  it('csvText gives no text cell that a spreadsheet would run, and loses nothing else', () => {
    fc.assert(
      fc.property(table, ([header, rows]) => {
        const read = readCsv(csvText(header, rows).replace(/^\uFEFF/, ''));

        expect(read.length).toBe(rows.length + 1);
        [header, ...rows].forEach((row, r) => {
          row.forEach((input, c) => {
            const cell = read[r][c];
            if (typeof input === 'string') {
              expect(formulaStart.test(cell), `cell ${r},${c}: ${JSON.stringify(cell)}`).toBe(
                false,
              );
              expect(cell).toBe(formulaStart.test(input) ? `'${input}` : input);
            } else if (typeof input === 'number' && Number.isFinite(input)) {
              expect(Number(cell) === input, `${cell} reads back as ${input}`).toBe(true);
            } else {
              expect(cell).toBe('');
            }
          });
        });
      }),
      { numRuns: 500, seed: 8_201 },
    );
  });
});
