import { inEnglish } from './inEnglish';
import { say } from '$lib/data/importMessages';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSize, checkTable, checkText, sizeText } from '../../../src/lib/data/checkFile';
import { MAX_COLUMNS, MAX_TEXT_BYTES, MAX_WORKBOOK_BYTES } from '../../../src/lib/data/constants';
import { decodeBytes } from '../../../src/lib/data/decode';
import { mixedEncoding } from '../../../src/lib/data/mixedEncoding';
import { openQuote } from '../../../src/lib/data/openQuote';

const utf8 = (text: string) => new TextEncoder().encode(text);
// 张三 in GBK: two bytes per character, not valid UTF-8.
const gbkZhangSan = [0xd5, 0xc5, 0xc8, 0xfd];

function check(bytes: Uint8Array, chosen = false): string[] {
  return checkText('f.csv', bytes, decodeBytes(bytes), chosen).map(say);
}

describe('checks before a file is parsed', () => {
  it('refuses an empty file and one over the size limit in words, with both sizes', () => {
    expect(inEnglish(checkSize('e.csv', 0, 'csv'))).toEqual([
      'e.csv: the file is empty (0 bytes); choose the file that holds the sales table',
    ]);
    expect(inEnglish(checkSize('big.csv', 200 * 1024 ** 2, 'csv')[0])).toContain(
      'the file is 210 MB, over the limit of 100 MB for a text table',
    );
    expect(checkSize('ok.csv', MAX_TEXT_BYTES, 'csv')).toEqual([]);
    expect(inEnglish(checkSize('b.xlsx', MAX_WORKBOOK_BYTES + 1, 'xlsx')[0])).toContain(
      'for a workbook',
    );
  });

  it('writes sizes in decimal megabytes, one decimal below 10 MB', () => {
    expect(sizeText(1_500_000)).toBe('1.5 MB');
    expect(sizeText(209_715_200)).toBe('210 MB');
  });

  it('refuses a table wider than the column limit, naming both counts', () => {
    expect(checkTable('w.csv', MAX_COLUMNS, 10)).toEqual([]);
    expect(inEnglish(checkTable('w.csv', 10_000, 10)[0])).toContain(
      '10,000 columns, over the limit of 1,000',
    );
  });

  it('tells binary bytes from text with a few stray NULs', () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2_654_435_761) >>> 24);
    expect(check(junk)[0]).toMatch(/^f\.csv: not a text table: \d[\d,]* of its first/);

    const rows = Array.from({ length: 20 }, (_, i) => `Ann,2024-${(i % 12) + 1},${i}`);
    rows[9] = 'Bo\u0000Chen,2024-03\u0000,5';
    expect(check(utf8(rows.join('\n')))).toEqual([]);
  });

  it('passes a UTF-16 LE table saved without a byte-order mark, not calling it binary', () => {
    const text = 'rep,date,sales\nR0,2024-01-31,10\nR1,2024-01-31,12\n';
    const bytes = new Uint8Array([...text].flatMap((ch) => [ch.charCodeAt(0), 0]));
    expect(check(bytes)).toEqual([]);
  });

  it('says a file of blank lines holds no table', () => {
    expect(check(utf8('\n \r\n\t\n'))[0]).toContain('only blank lines');
  });

  it('reports UTF-8 and GBK rows in one file at the first row of the smaller kind', () => {
    const bytes = new Uint8Array([
      ...utf8('rep,sales\n李四,1\n李四,2\n'),
      ...gbkZhangSan,
      ...utf8(',3\n'),
    ]);

    expect(mixedEncoding(bytes)).toMatchObject({ row: 4, other: 2, encoding: 'UTF-8' });
    expect(check(bytes)[0]).toMatch(/^f\.csv: row 4 is not in the text encoding of row 2/);
    // Choosing the encoding is the fix: the check then stands aside.
    expect(check(bytes, true)).toEqual([]);
  });

  it('finds no mix in a file wholly in GBK or wholly in UTF-8', () => {
    const gbk = new Uint8Array([...utf8('rep\n'), ...gbkZhangSan, 0x0a, ...gbkZhangSan]);
    expect(mixedEncoding(gbk)).toBeNull();
    expect(mixedEncoding(utf8('rep\n张三\n李四'))).toBeNull();
  });

  it('reports a quote that never closes at the row where it opens', () => {
    const text = 'rep,sales\nAnn,1\n"Bo,2\nCy,3\nDee,4\n';

    expect(openQuote(text, 20)).toEqual({ row: 3, lines: 3, end: null });
    expect(check(utf8(text))[0]).toContain('f.csv: row 3: a quote opens here and is never closed');
  });

  it('lets quoted cells with a few line breaks and doubled quotes pass', () => {
    const text = 'rep,note\nAnn,"two\nlines"\nBo,"say ""hi"""\r\nCy,"a\r\nb\r\nc"\n';
    expect(openQuote(text, 20)).toBeNull();
  });

  it('counts rows of the file the same for LF, CRLF and CR line ends', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        (before, span, end) => {
          const lines = [
            'h',
            ...Array.from({ length: before }, () => 'a'),
            `"open${end.repeat(span)}close"`,
          ];
          const quote = openQuote(lines.join(end), 20);
          const row = before + 2;
          expect(quote).toEqual(span > 20 ? { row, lines: span, end: row + span } : null);
        },
      ),
      { numRuns: 200, seed: 8_402 },
    );
  });
});
