import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/lib/data/decode';

/** Each character's bytes in a two-byte encoding, found by decoding every code of it. */
function table(encoding: 'big5' | 'gbk'): Map<string, number[]> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const codes = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && !codes.has(char)) codes.set(char, [lead, trail]);
      } catch {
        // Not a character of this encoding.
      }
    }
  }
  return codes;
}

function encode(text: string, codes: Map<string, number[]>): Uint8Array {
  return new Uint8Array(
    [...text].flatMap((char) =>
      char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : codes.get(char)!,
    ),
  );
}

// A Hong Kong or Taiwan branch's export, and the same table in Simplified Chinese.
const traditional = '業務員,月份,銷售額\r\n陳大文,2024-01,1001\r\n林小明,2024-01,998\r\n';
const simplified = '业务员,月份,销售额\r\n陈大文,2024-01,1001\r\n林小明,2024-01,998\r\n';

describe('decodeBytes on Big5', () => {
  it('reads a Big5 table as Big5, not as GBK mojibake', () => {
    const decoded = decodeBytes(encode(traditional, table('big5')));

    expect(decoded).toEqual({ text: traditional, encoding: 'big5', bom: false });
  });

  it('keeps reading GBK as GB18030, and Big5 when the user chooses it', () => {
    expect(decodeBytes(encode(simplified, table('gbk'))).encoding).toBe('gb18030');
    expect(decodeBytes(encode(traditional, table('big5')), 'big5').text).toBe(traditional);
  });
});
