/** Encodings the import understands; `windows-1252` is only reached by an explicit override. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when a byte-order mark decided the encoding (or was stripped). */
  bom: boolean;
}

const boms: { encoding: TextEncodingName; bytes: number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/**
 * The last valid UTF-8 decoded here and the bytes it came from, which are then exactly its
 * encoding. DuckDB's browser build reads files as bytes: handing it these spares encoding the
 * text again on the page's thread, 100-270 ms for a 30 MiB file (browserDb.ts). Known shortcut:
 * module state of one entry, taken once, that holds the last text and bytes until then; it goes
 * when the Db interface takes a file's bytes beside its text.
 */
let utf8Source: { text: string; bytes: Uint8Array } | null = null;

/** The bytes `text` was decoded from, if it is the last valid UTF-8 decoded; once only. */
export function takeUtf8Bytes(text: string): Uint8Array | null {
  const source = utf8Source;
  if (source === null || source.text !== text) return null;
  utf8Source = null;
  return source.bytes;
}

/**
 * Bytes to text. DuckDB's CSV reader knows only UTF-8, UTF-16 and Latin-1, so Chinese exports in
 * GBK are decoded here: a BOM wins, then strict UTF-8, else GB18030 (a superset of GBK and GB2312).
 */
export function decodeBytes(bytes: Uint8Array, override?: TextEncodingName): DecodedText {
  const bom = boms.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));

  if (override) {
    const skip = bom?.encoding === override ? bom.bytes.length : 0;
    const text =
      override === 'utf-8'
        ? (validUtf8(bytes.subarray(skip)) ?? decode('utf-8', bytes.subarray(skip)))
        : decode(override, bytes.subarray(skip));
    return { text, encoding: override, bom: skip > 0 };
  }

  if (bom) {
    const rest = bytes.subarray(bom.bytes.length);
    const text = (bom.encoding === 'utf-8' ? validUtf8(rest) : null) ?? decode(bom.encoding, rest);
    return { text, encoding: bom.encoding, bom: true };
  }

  const text = validUtf8(bytes);
  if (text !== null) return { text, encoding: 'utf-8', bom: false };
  return { text: decode('gb18030', bytes), encoding: 'gb18030', bom: false };
}

function decode(encoding: TextEncodingName, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/** The text of valid UTF-8 (kept with its bytes, see utf8Source); null for invalid bytes. */
function validUtf8(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    utf8Source = { text, bytes };
    return text;
  } catch {
    return null;
  }
}
