export type Delimiter = ',' | ';' | '\t' | '|';

const candidates: Delimiter[] = [',', ';', '\t', '|'];

/** The delimiter that occurs most often (outside quotes) in the header line; comma on a tie. */
export function sniffDelimiter(text: string): Delimiter {
  const header = firstRecordText(text);
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

function firstRecordText(text: string): string {
  let quoted = false;

  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    if (!quoted && (text[i] === '\n' || text[i] === '\r')) return stripQuoted(text.slice(0, i));
  }

  return stripQuoted(text);
}

function stripQuoted(line: string): string {
  return line.replace(/"[^"]*"/g, '');
}
