export type Delimiter = ',' | ';' | '\t' | '|';

const candidates: Delimiter[] = [',', ';', '\t', '|'];

/**
 * The delimiter that occurs most often (outside quotes) in the header line; comma on a tie. The
 * header is the first of the first lines that holds any delimiter, so title lines are passed.
 */
export function sniffDelimiter(text: string): Delimiter {
  const lines = text
    .slice(0, 65_536)
    .split(/\r\n|\n|\r/, 10)
    .map(stripQuoted);
  const header = lines.find((line) => candidates.some((d) => line.includes(d))) ?? '';
  let best: Delimiter = ',';
  let bestCount = 0;

  for (const delimiter of candidates) {
    const count = header.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }

  return best;
}

/**
 * RFC 4180 records of `text`: quotes around fields, "" for a quote inside, CRLF, LF or CR line
 * ends; blank lines are skipped as DuckDB's reader does. Stops early when the caller stops.
 */
export function* csvRecords(text: string, delimiter: Delimiter): Generator<string[]> {
  let fields: string[] = [];
  let field = '';
  let quoted = false;

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];

    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') field += text[i++];
      else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      fields.push(field);
      if (fields.length > 1 || fields[0] !== '') yield fields;
      [fields, field] = [[], ''];
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
  }

  fields.push(field);
  if (fields.length > 1 || fields[0] !== '') yield fields;
}

/**
 * Where the record after `records` non-blank records starts: its offset in `text` and the
 * number of records before it, blank ones included (the rows a spreadsheet shows above it).
 */
export function recordStart(text: string, records: number): { offset: number; lines: number } {
  let [quoted, seen, lines, start] = [false, 0, 0, 0];

  for (let i = 0; i < text.length && seen < records; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    if (quoted || (ch !== '\n' && ch !== '\r')) continue;

    if (ch === '\r' && text[i + 1] === '\n') i++;
    lines++;
    if (text.slice(start, i).trim() !== '') seen++;
    start = i + 1;
  }

  // Blank lines before the record are rows of the sheet too, but not the header.
  while (records > 0 && /^[ \t]*(\r\n|\n|\r)/.test(text.slice(start, start + 256))) {
    const blank = /^[ \t]*(\r\n|\n|\r)/.exec(text.slice(start, start + 256))!;
    start += blank[0].length;
    lines++;
  }

  return { offset: start, lines };
}

function stripQuoted(line: string): string {
  return line.replace(/"[^"]*"/g, '');
}

/** The records below the header, which is record `headerRow` (0-based). */
export function* recordsBelow(records: Iterable<string[]>, headerRow: number): Iterable<string[]> {
  let i = 0;
  for (const record of records) {
    if (i > headerRow) yield record;
    i += 1;
  }
}
