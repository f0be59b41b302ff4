import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/lib/data/decode';

// GBK codes of 中文销售额 from the GB 2312 table (row-cell + 0xA0): 中 D6D0, 文 CEC4,
// 销 CFFA, 售 CADB, 额 B6EE. These bytes are not valid UTF-8.
const gbk = [0xd6, 0xd0, 0xce, 0xc4, 0xcf, 0xfa, 0xca, 0xdb, 0xb6, 0xee];

/** UTF-16 code units of `text` as bytes in the given order, built by hand. */
function utf16(text: string, littleEndian: boolean): number[] {
  return [...text].flatMap((ch) => {
    const unit = ch.charCodeAt(0);
    return littleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
  });
}

describe('decodeBytes', () => {
  it('decodeBytes reads GBK bytes that are not UTF-8 as GB18030', () => {
    const decoded = decodeBytes(new Uint8Array([0x61, 0x2c, ...gbk, 0x0a]));
    expect(decoded).toEqual({ text: 'a,中文销售额\n', encoding: 'gb18030', bom: false });
  });

  it('decodeBytes reads valid UTF-8 without a BOM as UTF-8', () => {
    const bytes = new TextEncoder().encode('销售员,金额\n王芳,1\n');
    expect(decodeBytes(bytes)).toEqual({
      text: '销售员,金额\n王芳,1\n',
      encoding: 'utf-8',
      bom: false,
      utf8: bytes,
    });
  });

  it('decodeBytes strips a UTF-8 BOM and says so', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('rep,销售额')]);
    expect(decodeBytes(bytes)).toEqual({
      text: 'rep,销售额',
      encoding: 'utf-8',
      bom: true,
      utf8: bytes.subarray(3),
    });
  });

  it('decodeBytes follows UTF-16 LE and BE byte-order marks', () => {
    const le = new Uint8Array([0xff, 0xfe, ...utf16('a,中\n', true)]);
    const be = new Uint8Array([0xfe, 0xff, ...utf16('a,中\n', false)]);
    expect(decodeBytes(le)).toEqual({ text: 'a,中\n', encoding: 'utf-16le', bom: true });
    expect(decodeBytes(be)).toEqual({ text: 'a,中\n', encoding: 'utf-16be', bom: true });
  });

  it('decodeBytes reads Latin-1 accents beside ASCII as Windows-1252, not GB18030', () => {
    // José,Renée in Latin-1 (é is 0xE9): GB18030 would read Jos� and Ren閑.
    const latin1 = [0x4a, 0x6f, 0x73, 0xe9, 0x2c, 0x52, 0x65, 0x6e, 0xe9, 0x65, 0x0a];
    expect(decodeBytes(new Uint8Array(latin1))).toEqual({
      text: 'José,Renée\n',
      encoding: 'windows-1252',
      bom: false,
    });
  });

  it('decodeBytes keeps GBK mixed with ASCII as GB18030', () => {
    // rep,中文销售额 / A,1 with the GBK codes above.
    const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));
    const bytes = new Uint8Array([...ascii('rep,'), ...gbk, ...ascii('\nA,1\n')]);
    expect(decodeBytes(bytes)).toEqual({
      text: 'rep,中文销售额\nA,1\n',
      encoding: 'gb18030',
      bom: false,
    });
  });

  it('decodeBytes honours an override even when the bytes look like something else', () => {
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9]);
    expect(decodeBytes(bytes, 'windows-1252').text).toBe('café');
    expect(decodeBytes(new Uint8Array(gbk), 'gb18030').text).toBe('中文销售额');
  });
});

describe('decodeBytes: the UTF-8 bytes beside the text', () => {
  const utf8 = new TextEncoder().encode('rep,销售额\nA,1\n');

  it('decodeBytes gives the bytes a valid UTF-8 text came from, which encode it exactly', () => {
    const { text, utf8: bytes } = decodeBytes(utf8);
    expect(bytes).toBeDefined();
    expect(Array.from(bytes ?? [])).toEqual(Array.from(new TextEncoder().encode(text)));
  });

  it('decodeBytes leaves a UTF-8 BOM out of the bytes and follows an explicit UTF-8 choice', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    for (const override of [undefined, 'utf-8' as const]) {
      expect(Array.from(decodeBytes(withBom, override).utf8 ?? [])).toEqual(Array.from(utf8));
    }
  });

  it('decodeBytes gives no bytes for other encodings or bad UTF-8 read as UTF-8', () => {
    expect(decodeBytes(new Uint8Array(gbk)).utf8).toBeUndefined();
    expect(decodeBytes(new Uint8Array(gbk), 'gb18030').utf8).toBeUndefined();
    // Forced to UTF-8, invalid bytes decode to U+FFFD, which does not encode back to them.
    expect(decodeBytes(new Uint8Array(gbk), 'utf-8').utf8).toBeUndefined();
    const le = new Uint8Array([0xff, 0xfe, ...utf16('a\n', true)]);
    expect(decodeBytes(le).utf8).toBeUndefined();
  });
});

describe('decodeBytes: UTF-16 without a byte-order mark', () => {
  it('decodeBytes reads UTF-16 LE and BE without a byte-order mark from their zero bytes', () => {
    const text = 'rep,date,sales\n张三,2024-01-31,1436.5\nAnn,2024-02-29,12\n';
    const le = new Uint8Array(utf16(text, true));
    const be = new Uint8Array(utf16(text, false));
    expect(decodeBytes(le)).toEqual({ text, encoding: 'utf-16le', bom: false });
    expect(decodeBytes(be)).toEqual({ text, encoding: 'utf-16be', bom: false });
  });

  it('decodeBytes reads mostly Chinese UTF-16 without a byte-order mark as UTF-16', () => {
    const row = '张三丰,2024年1月,3201,化妆品柜台,本月完成情况良好\n';
    const text = `销售代表,日期,销售额,柜台,备注\n${row.repeat(40)}`;
    const le = new Uint8Array(utf16(text, true));
    const be = new Uint8Array(utf16(text, false));
    expect(decodeBytes(le)).toEqual({ text, encoding: 'utf-16le', bom: false });
    expect(decodeBytes(be)).toEqual({ text, encoding: 'utf-16be', bom: false });
  });

  it('decodeBytes does not take 16-bit binary numbers with zero high bytes for UTF-16', () => {
    const counts = new Uint8Array(512).map((_, i) => (i % 2 === 1 ? 0 : i % 32));
    expect(decodeBytes(counts).encoding).not.toMatch(/utf-16/);
  });

  it('decodeBytes leaves binary bytes with zeros at both places, and UTF-8, as they were', () => {
    const zeros = new Uint8Array(64).map((_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 26)));
    expect(decodeBytes(zeros).encoding).toBe('utf-8');
    const ascii = new TextEncoder().encode('rep,sales\nAnn,1\n');
    expect(decodeBytes(ascii)).toMatchObject({ encoding: 'utf-8', bom: false });
  });
});
