import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { parseLimitMs, parseWorkbook } from '../../../src/lib/data/sheets/parseWorkbook';
import { readWorkbook } from '../../../src/lib/data/sheets/readWorkbook';
import { corpusBytes } from '../../corpus/corpus';
import { goodWorkbook } from '../../corpus/smallFiles';

describe('parsing a workbook in its own thread', () => {
  it('gives the same sheets as parsing in place', async () => {
    const bytes = goodWorkbook({ XLSX });

    expect(await parseWorkbook(bytes)).toEqual({ ok: true, book: readWorkbook(bytes) });
  });

  it('passes on the parser’s own error for a zip that is no workbook', async () => {
    const parsed = await parseWorkbook(corpusBytes('zip-not-xlsx.xlsx'));

    expect(parsed).toEqual({ ok: false, reason: expect.stringMatching(/\S/) });
  });

  it('stops a parser that never returns after the bound for the file’s size', async () => {
    const bytes = corpusBytes('zip-bad-name-length.xlsx');

    const parsed = await parseWorkbook(bytes);

    expect(parsed).toEqual({ ok: false, stoppedAfter: parseLimitMs(bytes.length) / 1000 });
    // The next workbook gets a fresh thread and parses.
    expect((await parseWorkbook(goodWorkbook({ XLSX }))).ok).toBe(true);
  }, 60_000);

  it('allows 8 s plus 2 s per megabyte', () => {
    expect(parseLimitMs(0)).toBe(8_000);
    expect(parseLimitMs(5_000_000)).toBe(18_000);
  });
});
