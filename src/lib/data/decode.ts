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
 * Bytes to text. DuckDB's CSV reader knows only UTF-8, UTF-16 and Latin-1, so Chinese exports in
 * GBK are decoded here: a BOM wins, then strict UTF-8, else GB18030 (a superset of GBK and GB2312).
 */
export function decodeBytes(bytes: Uint8Array, override?: TextEncodingName): DecodedText {
  const bom = boms.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));

  if (override) {
    const skip = bom?.encoding === override ? bom.bytes.length : 0;
    const text = new TextDecoder(override, { ignoreBOM: true }).decode(bytes.subarray(skip));
    return { text, encoding: override, bom: skip > 0 };
  }

  if (bom) {
    const text = new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(
      bytes.subarray(bom.bytes.length),
    );
    return { text, encoding: bom.encoding, bom: true };
  }

  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8', bom: false };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', bom: false };
  }
}
