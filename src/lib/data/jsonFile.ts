/**
 * Tells a JSON file given to the import from a table. A scenario (what Save scenario writes) or
 * other JSON read as delimited text gives a one-column "table" of braces and quotes, and an
 * import that then fails on its columns says nothing of what the file is.
 */

import { decodeBytes } from './decode';

/** A scenario file, other JSON, or neither (a table, to be read as one). */
export type JsonKind = 'scenario' | 'json' | null;

/** Bytes decoded to tell whether a file opens as JSON: even, so that UTF-16 is not cut. */
const HEAD_BYTES = 1024;

/**
 * True when the text the bytes begin with opens, past a byte order mark and blanks, with '{'
 * or '[': the only files worth decoding whole to look for JSON (a table's first cell never
 * starts so, or nearly never). The head is decoded as the import decodes a file, so a scenario
 * saved as UTF-16 (Notepad's "Unicode") is found as one in UTF-8 is.
 */
export function opensAsJson(bytes: Uint8Array): boolean {
  return /^\s*[[{]/.test(decodeBytes(bytes.subarray(0, HEAD_BYTES)).text);
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
