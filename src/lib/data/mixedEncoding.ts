/** Where a file mixes encodings: the first row of the minority, a row of the majority. */
export interface MixedEncoding {
  row: number;
  other: number;
  /** The majority's encoding, and the minority row read in it. */
  encoding: 'UTF-8' | 'GBK';
  value: string;
}

/**
 * Rows in UTF-8 and rows in another encoding (GBK) in one file, as when two exports are pasted
 * together. Each line holding non-ASCII bytes is valid UTF-8 or not; when both kinds occur, the
 * first line of the smaller kind is the one to report. A GBK line can be valid UTF-8 by chance
 * (rare, and only for short runs of characters), which would be reported as mixed: the message
 * offers choosing the encoding, which skips this check.
 */
export function mixedEncoding(bytes: Uint8Array): MixedEncoding | null {
  const lines = { utf8: [] as number[], other: [] as number[] };
  let [line, start, high] = [1, 0, false];

  for (let i = 0; i <= bytes.length; i++) {
    const byte = i < bytes.length ? bytes[i] : 0x0a;
    if (byte >= 0x80) high = true;
    if (byte !== 0x0a) continue;
    if (high) (validUtf8(bytes, start, i) ? lines.utf8 : lines.other).push(line);
    [line, start, high] = [line + 1, i + 1, false];
  }

  if (lines.utf8.length === 0 || lines.other.length === 0) return null;
  const utf8First = lines.utf8.length >= lines.other.length;
  const [majority, minority] = utf8First ? [lines.utf8, lines.other] : [lines.other, lines.utf8];
  const row = minority[0];
  const decoder = new TextDecoder(utf8First ? 'utf-8' : 'gb18030');
  const value = decoder.decode(lineBytes(bytes, row)).trim();
  return { row, other: majority[0], encoding: utf8First ? 'UTF-8' : 'GBK', value };
}

/** Bytes of 1-based line `row`, without its line end. */
function lineBytes(bytes: Uint8Array, row: number): Uint8Array {
  let start = 0;
  for (let line = 1; line < row; line++) start = bytes.indexOf(0x0a, start) + 1;
  const end = bytes.indexOf(0x0a, start);
  return bytes.subarray(start, end < 0 ? bytes.length : end);
}

/** Whether bytes[from, to) is well-formed UTF-8 (no overlong forms or surrogates). */
function validUtf8(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to;) {
    const b = bytes[i];
    const size = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : 0;
    const length = size || (b >= 0xf0 && b <= 0xf4 ? 4 : 0);
    if (length === 0 || i + length > to) return false;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return false;
    if (b === 0xe0 && bytes[i + 1] < 0xa0) return false;
    if (b === 0xed && bytes[i + 1] > 0x9f) return false;
    if (b === 0xf0 && bytes[i + 1] < 0x90) return false;
    if (b === 0xf4 && bytes[i + 1] > 0x8f) return false;
    i += length;
  }
  return true;
}
