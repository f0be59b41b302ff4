/**
 * Tells a JSON file given to the import from a table. A scenario (what Save scenario writes) or
 * other JSON read as delimited text gives a one-column "table" of braces and quotes, and an
 * import that then fails on its columns says nothing of what the file is.
 */

/** A scenario file, other JSON, or neither (a table, to be read as one). */
export type JsonKind = 'scenario' | 'json' | null;

// Blanks a JSON text may open with, and UTF-8's byte order mark.
const blank = new Set([0x20, 0x09, 0x0a, 0x0d]);
const BOM = [0xef, 0xbb, 0xbf];

/**
 * True when the bytes open, past a UTF-8 BOM and blanks, with '{' or '[': the only files worth
 * decoding whole to look for JSON (a table's first cell never starts so, or nearly never).
 */
export function opensAsJson(bytes: Uint8Array): boolean {
  let at = BOM.every((b, i) => bytes[i] === b) ? BOM.length : 0;
  while (at < bytes.length && blank.has(bytes[at])) at++;
  return bytes[at] === 0x7b || bytes[at] === 0x5b;
}

/**
 * What a decoded text is. Valid JSON is JSON, a scenario when it is an object with a list of
 * schemes; a text that fails to parse is still a scenario when it names "schemes" as a key
 * (one with a slip, which opening it names), and otherwise a table: a first cell such as
 * "[Rep]" opens with a bracket too.
 */
export function jsonKind(text: string): JsonKind {
  // The first character that is not blank, found without copying a table of any size.
  const first = text[text.search(/\S/)];
  if (first !== '{' && first !== '[') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return first === '{' && /"schemes"\s*:/.test(text) ? 'scenario' : null;
  }
  const schemes = (value as { schemes?: unknown } | null)?.schemes;
  return Array.isArray(schemes) && !Array.isArray(value) ? 'scenario' : 'json';
}
