import {
  MAX_COLUMNS,
  MAX_QUOTED_LINES,
  MAX_ROWS,
  MAX_TEXT_BYTES,
  MAX_WORKBOOK_BYTES,
} from './constants';
import type { DecodedText } from './decode';
import type { FileFormat } from './fileFormat';
import { note, type ImportMessage } from './importMessages';
import { jsonKind } from './jsonFile';
import { mixedEncoding } from './mixedEncoding';
import { openQuote } from './openQuote';

/** Characters looked at to tell a text table from a binary file. */
const SNIFF_CHARS = 65_536;

/** More control characters than this share of the text (and 8) is a binary file, not text. */
const BINARY_SHARE = 0.01;

/** A size in words: 1.5 MB, 200 MB (decimal megabytes, as file managers show them). */
export function sizeText(bytes: number): string {
  const mb = bytes / 1e6;
  return mb >= 10 ? `${Math.round(mb)} MB` : `${mb.toFixed(1)} MB`;
}

/** Problems of the raw bytes, found before anything is parsed: empty, over the size limit. */
export function checkBytes(
  fileName: string,
  bytes: Uint8Array,
  format: FileFormat,
): ImportMessage[] {
  return checkSize(fileName, bytes.length, format);
}

/** The same from the size alone, so that a browser can refuse a file before reading it. */
export function checkSize(fileName: string, size: number, format: FileFormat): ImportMessage[] {
  if (size === 0) return [note('empty', { file: fileName })];

  const text = format === 'csv';
  const limit = text ? MAX_TEXT_BYTES : MAX_WORKBOOK_BYTES;
  if (size <= limit) return [];
  const kind = text ? 'a text table' : format === 'parquet' ? 'a Parquet file' : 'a workbook';
  const sizes = { size: sizeText(size), limit: sizeText(limit) };
  return [note('tooBig', { file: fileName, ...sizes, kind })];
}

/**
 * Problems of decoded text found before DuckDB reads it: only blank lines, JSON (a scenario
 * file given for a table), binary bytes, more rows than the limit, mixed encodings (unless the
 * user chose one), and a quote that swallows the lines after it. Counting line ends costs a
 * pass over the text, far less than the read.
 */
export function checkText(
  fileName: string,
  bytes: Uint8Array,
  decoded: DecodedText,
  chosenEncoding: boolean,
): ImportMessage[] {
  const { text } = decoded;
  if (text.trim() === '') return [note('blank', { file: fileName })];
  const json = jsonKind(text);
  if (json === 'scenario') return [note('scenarioFile', { file: fileName })];
  if (json === 'json') return [note('jsonFile', { file: fileName })];

  const head = text.slice(0, SNIFF_CHARS);
  // eslint-disable-next-line no-control-regex
  const controls = head.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls >= 8 && controls > head.length * BINARY_SHARE) {
    return [note('binary', { file: fileName, count: controls, chars: head.length })];
  }

  const rows = lineEnds(text);
  if (rows > MAX_ROWS) {
    return [note('tooManyRows', { file: fileName, rows, limit: MAX_ROWS })];
  }

  const mixed = chosenEncoding ? [] : mixedEncodingProblem(fileName, bytes, decoded);
  if (mixed.length > 0) return mixed;

  const quote = openQuote(text, MAX_QUOTED_LINES);
  if (quote?.end === null) return [note('unclosedQuote', { file: fileName, row: quote.row })];
  if (quote)
    return [
      note('longQuote', {
        file: fileName,
        row: quote.row,
        lines: quote.lines,
        end: quote.end ?? 0,
      }),
    ];
  return [];
}

/**
 * UTF-8 and GBK rows in one file (see mixedEncoding), unless the user chose the encoding: only
 * a file that is not wholly UTF-8 (decoded as GB18030) can mix them.
 */
export function mixedEncodingProblem(
  fileName: string,
  bytes: Uint8Array,
  decoded: DecodedText,
): ImportMessage[] {
  if (decoded.encoding !== 'gb18030') return [];
  const mixed = mixedEncoding(bytes);
  return mixed ? [note('mixedEncoding', { file: fileName, ...mixed })] : [];
}

/** A table wider or longer than the limits, in words. */
export function checkTable(fileName: string, columns: number, rows: number): ImportMessage[] {
  if (columns > MAX_COLUMNS) {
    return [note('tooManyColumns', { file: fileName, columns, limit: MAX_COLUMNS })];
  }
  if (rows > MAX_ROWS) return [note('tooManyRows', { file: fileName, rows, limit: MAX_ROWS })];
  return [];
}

function lineEnds(text: string): number {
  const end = text.includes('\n') ? '\n' : '\r';
  let count = 0;
  for (let at = text.indexOf(end); at >= 0; at = text.indexOf(end, at + 1)) count += 1;
  return count;
}
