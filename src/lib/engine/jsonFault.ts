/**
 * Where a text stops being JSON and what slip it looks like, in words of our own: a parser's
 * message is in the browser's language and names a position few can find. A text that reads as
 * a sales table or a workbook is told apart, since it was most likely opened with the wrong
 * button.
 */
export type JsonSlip = 'end' | 'trailingComma' | 'singleQuote' | 'unquotedName' | 'char';

export type JsonFault =
  { kind: 'table' } | { kind: 'slip'; slip: JsonSlip; line: number; column: number; char: string };

// Zip (.xlsx), OLE (.xls) and Parquet files, read as text.
const workbookStarts = ['PK\u0003\u0004', 'PAR1', '\u00d0\u00cf\u0011\u00e0', '\ufffd\ufffd\u0011'];

/** True for a text whose first line is cells split by commas, tabs or semicolons. */
function looksLikeTable(text: string): boolean {
  if (workbookStarts.some((start) => text.startsWith(start))) return true;
  const first = text.trimStart().split(/\r?\n/, 1)[0] ?? '';
  return !/^[[{"]/.test(first) && /^[^,\t;]+([,\t;][^,\t;]*)+$/.test(first);
}

class Stop {
  constructor(
    readonly slip: JsonSlip,
    readonly at: number,
  ) {}
}

/** The first fault of a text JSON.parse refused; null when none is found here. */
export function jsonFault(raw: string): JsonFault | null {
  const text = raw.replace(/^\ufeff/, '');
  if (looksLikeTable(text)) return { kind: 'table' };
  let i = 0;
  const stop = (slip: JsonSlip, at = i): never => {
    throw new Stop(i >= text.length ? 'end' : slip, at);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };

  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) stop('char');
      if (text[i] === '\\') {
        const escape = /\\(["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
        escape.lastIndex = i;
        if (!escape.test(text)) stop('char');
        i = escape.lastIndex;
      } else i++;
    }
    if (i >= text.length) stop('end');
    i++;
  };

  // Members of an object or items of a list, up to the closing bracket.
  // A comma before the closing bracket is pointed at, as it is what to delete.
  const members = (close: '}' | ']', member: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (let comma = -1; ;) {
      space();
      if (text[i] === close && comma >= 0) stop('trailingComma', comma);
      member();
      space();
      if (text[i] === ',') comma = i++;
      else if (text[i] === close) return void i++;
      else stop('char');
    }
  };

  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      return members('}', () => {
        if (text[i] === "'") stop('singleQuote');
        if (/^[\p{L}_$]/u.test(text[i] ?? '')) stop('unquotedName');
        if (text[i] !== '"') stop('char');
        string();
        space();
        if (text[i] !== ':') stop('char');
        i++;
        value();
      });
    }
    if (c === '[') return members(']', value);
    if (c === '"') return string();
    if (c === "'") stop('singleQuote');
    const literal = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null/y;
    literal.lastIndex = i;
    const match = literal.exec(text);
    if (!match) stop('char');
    i += match![0].length;
  };

  try {
    value();
    space();
    if (i < text.length) stop('char');
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.at);
    const line = before.split('\n').length;
    const column = error.at - before.lastIndexOf('\n');
    return { kind: 'slip', slip: error.slip, line, column, char: text[error.at] ?? '' };
  }
}
