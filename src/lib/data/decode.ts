/** Encodings the import understands. */
export type TextEncodingName =
  'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when a byte-order mark decided the encoding (or was stripped). */
  bom: boolean;
  /**
   * The bytes `text` is exactly the decoding of (a BOM left out), when they are valid UTF-8:
   * DuckDB reads them as they are (Db.registerBytes), which spares encoding the text again on
   * the page's thread, 100-270 ms for a 30 MiB file.
   */
  utf8?: Uint8Array;
}

const boms: { encoding: TextEncodingName; bytes: number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/**
 * Bytes to text. DuckDB's CSV reader knows only UTF-8, UTF-16 and Latin-1, so Chinese exports in
 * GBK are decoded here: a BOM wins, then UTF-16 told by its zero bytes (utf16WithoutBom), then
 * strict UTF-8, else GB18030 (a superset of GBK and GB2312), or Big5 when the bytes read as
 * Traditional Chinese rather than GBK (bigFive), or, when they read as Latin-1 rather than GBK
 * (legacyEncoding), Windows-1252.
 */
export function decodeBytes(bytes: Uint8Array, override?: TextEncodingName): DecodedText {
  const bom = boms.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));

  if (override) {
    const skip = bom?.encoding === override ? bom.bytes.length : 0;
    const rest = bytes.subarray(skip);
    const valid = override === 'utf-8' ? validUtf8(rest, skip > 0) : null;
    return valid ?? { text: decode(override, rest), encoding: override, bom: skip > 0 };
  }

  if (bom) {
    const rest = bytes.subarray(bom.bytes.length);
    const valid = bom.encoding === 'utf-8' ? validUtf8(rest, true) : null;
    return valid ?? { text: decode(bom.encoding, rest), encoding: bom.encoding, bom: true };
  }

  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: decode(utf16, bytes), encoding: utf16, bom: false };
  const valid = validUtf8(bytes, false);
  if (valid) return valid;
  const legacy = legacyEncoding(bytes);
  const encoding = legacy === 'gb18030' && bigFive(bytes) ? 'big5' : legacy;
  return { text: decode(encoding, bytes), encoding, bom: false };
}

/** Bytes looked at to tell Big5 from GBK. */
const BIG5_SNIFF_BYTES = 65_536;

/**
 * Whether two-byte Chinese text is Big5 rather than GBK. Both read any such bytes as Chinese
 * characters, but the wrong one also gives characters a sales table seldom holds: Big5's most
 * common characters (leads 0xA4-0xC6) read as GBK are kana, Greek, Cyrillic or user-defined
 * codes, "業務員" as "穨叭る". Big5 wins when it gives less than half as many of them, so a
 * tie, and GBK text, stays GB18030. Only the first 64 KB are read twice.
 */
function bigFive(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, BIG5_SNIFF_BYTES);
  const asGbk = unlikelyCharacters(decode('gb18030', head));
  return asGbk > 0 && 2 * unlikelyCharacters(decode('big5', head)) < asGbk;
}

// Kana, Greek and Cyrillic, box drawing, bopomofo, CJK extension A and compatibility
// ideographs, user-defined codes and the replacement character.
const unlikely = new RegExp(
  '[\u0370-\u04ff\u2500-\u257f\u3040-\u30ff\u3100-\u312f' +
    '\u3400-\u4dbf\ue000-\uf8ff\uf900-\ufaff\ufffd]',
  'g',
);

function unlikelyCharacters(text: string): number {
  return text.match(unlikely)?.length ?? 0;
}

/** Bytes looked at to tell UTF-16 without a BOM. */
const UTF16_SNIFF_BYTES = 4096;

/**
 * UTF-16 LE or BE for text saved without a BOM, else null. Text has no NUL characters, but
 * UTF-16 writes every ASCII character (digits, separators, line ends) as a zero byte next to its
 * code, after it in LE and before it in BE, and a CSV always has some: so zero bytes at a tenth
 * or more of the odd (LE) or even (BE) places of the first KBs, and almost none at the other
 * places, point to UTF-16. A binary file has its zeros at both, and UTF-8 and GBK text has none.
 * Chinese text is mostly code units without a zero byte, which is why a tenth is enough; the
 * guess is kept only when those KBs then read as text: no control characters and no broken
 * surrogate pairs beyond a cut at the end.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, UTF16_SNIFF_BYTES) / 2);
  if (pairs < 2) return null;
  let [even, odd] = [0, 0];
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  const few = pairs * 0.02;
  const guess =
    odd >= pairs / 10 && even <= few
      ? 'utf-16le'
      : even >= pairs / 10 && odd <= few
        ? 'utf-16be'
        : null;
  if (guess === null) return null;
  return readsAsText(decode(guess, bytes.subarray(0, pairs * 2))) ? guess : null;
}

/** No control character but tab and line ends, and at most one replacement (a cut pair). */
function readsAsText(text: string): boolean {
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) odd += 1;
  }
  return odd <= 1;
}

/**
 * GB18030 or Windows-1252 for bytes that are not UTF-8, from how their high bytes (0x80 and up)
 * come. A GBK character is two high bytes (GB 2312's common ones both 0xA1-0xFE; GB18030 adds
 * four-byte ones, high-digit-high-digit); a Latin-1 accented letter is one high byte, mostly next
 * to ASCII, which GB18030 misreads (José as Jos�, Renée as Ren閑). Lone high bytes outnumbering
 * pairs make it Windows-1252 (a superset of Latin-1's letters); a tie stays GB18030. Known
 * limits: Latin-1 text made mostly of adjacent accented letters still reads as GB18030, and GBK
 * text made mostly of the rare characters whose second byte is ASCII as Windows-1252; the
 * user's choice of encoding overrides both.
 */
function legacyEncoding(bytes: Uint8Array): 'gb18030' | 'windows-1252' {
  const high = (i: number) => i < bytes.length && bytes[i] >= 0x80;
  const digit = (i: number) => i < bytes.length && bytes[i] >= 0x30 && bytes[i] <= 0x39;
  let [pairs, lone] = [0, 0];
  for (let i = 0; i < bytes.length; i++) {
    if (!high(i)) continue;
    if (high(i + 1)) {
      pairs += 1;
      i += 1;
    } else if (digit(i + 1) && high(i + 2) && digit(i + 3)) {
      pairs += 1;
      i += 3;
    } else lone += 1;
  }
  return lone > pairs ? 'windows-1252' : 'gb18030';
}

function decode(encoding: TextEncodingName, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/** Valid UTF-8 decoded, with the bytes it came from; null for invalid bytes. */
function validUtf8(bytes: Uint8Array, bom: boolean): DecodedText | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: 'utf-8', bom, utf8: bytes };
  } catch {
    return null;
  }
}
