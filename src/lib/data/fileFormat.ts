export type FileFormat = 'csv' | 'xlsx' | 'xls' | 'parquet';

const starts = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * What a file is, from its first bytes rather than its name: a zip (.xlsx), an OLE compound
 * document (legacy .xls), Parquet's PAR1, else delimited text.
 */
export function fileFormat(bytes: Uint8Array): FileFormat {
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (starts(bytes, [0x50, 0x41, 0x52, 0x31])) return 'parquet';
  return 'csv';
}
