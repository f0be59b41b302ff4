import type * as XLSXModule from '@e965/xlsx';

/** The spreadsheet library, passed in so that this file has no side effects. */
export interface Tools {
  XLSX: typeof XLSXModule;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A tiny valid history: 6 months per rep, the shape every broken file below starts from. */
export function goodRows(reps = ['Ann Lee', 'Bo Chen', 'Cy Diaz']): (string | number)[][] {
  const rows: (string | number)[][] = [['rep', 'month', 'sales', 'target']];
  for (const [r, rep] of reps.entries()) {
    for (let m = 1; m <= 6; m += 1) {
      rows.push([rep, `2024-0${m}`, 1000 + 100 * r + 10 * m, 1000 + 100 * r]);
    }
  }
  return rows;
}

const csv = (rows: (string | number)[][]) => rows.map((row) => row.join(',')).join('\n') + '\n';

function workbook(tools: Tools, sheets: Record<string, XLSXModule.WorkSheet>): Uint8Array {
  const book = tools.XLSX.utils.book_new();
  for (const [name, sheet] of Object.entries(sheets)) {
    tools.XLSX.utils.book_append_sheet(book, sheet, name);
  }
  // Fixed dates keep the file byte for byte the same from one run to the next.
  book.Props = { CreatedDate: new Date(Date.UTC(2024, 0, 1)), ModifiedDate: new Date(0) };
  return new Uint8Array(
    tools.XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }),
  );
}

/** A zip archive with one stored text entry: a valid zip that holds no workbook. */
function plainZip(name: string, content: Uint8Array): Uint8Array {
  const fileName = utf8(name);
  const crc = crc32(content);
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(4, 20, true);
  local.setUint32(14, crc, true);
  local.setUint32(18, content.length, true);
  local.setUint32(22, content.length, true);
  local.setUint16(26, fileName.length, true);

  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true);
  central.setUint16(4, 20, true);
  central.setUint16(6, 20, true);
  central.setUint32(16, crc, true);
  central.setUint32(20, content.length, true);
  central.setUint32(24, content.length, true);
  central.setUint16(28, fileName.length, true);

  const localSize = 30 + fileName.length + content.length;
  const centralSize = 46 + fileName.length;
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, localSize, true);

  return concat([
    new Uint8Array(local.buffer),
    fileName,
    content,
    new Uint8Array(central.buffer),
    fileName,
    new Uint8Array(end.buffer),
  ]);
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Bytes from a fixed linear congruential sequence: junk, but the same junk every time. */
function junk(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

/** Markup that runs script if it is ever parsed as HTML (28 characters: a valid sheet name). */
export const MARKUP = '<img src=x onerror=alert(1)>';

/** Rep names written to run script or break out of an attribute or an SVG text element. */
export const hostileNames = [MARKUP, '<script>alert(2)</script>', '"><svg onload=alert(3)>'];

/** Rep names a spreadsheet would run as formulas (OWASP's CSV injection examples). */
export const formulaNames = ['=1+2', '+SUM(1,2)', '-3+4', '@SUM(1)', '\t=5', '\r=6'];

const quoteAll = (row: (string | number)[]) =>
  row.map((cell) => `"${String(cell).replaceAll('"', '""')}"`);

/** The good history as a one-sheet workbook, the same bytes every time. */
export function goodWorkbook(tools: Tools): Uint8Array {
  return workbook(tools, { Sales: tools.XLSX.utils.aoa_to_sheet(goodRows()) });
}

/**
 * A workbook cut short whose first zip entry claims a 15,130-byte name (byte 27 set to 0x3b).
 * Found by test/unit/reliability/fuzzImport.test.ts: @e965/xlsx 0.20.3 loops forever on it.
 */
function badNameLength(book: Uint8Array): Uint8Array {
  const out = book.slice(0, Math.floor(book.length * 0.9));
  out[27] = 0x3b;
  return out;
}

/** Every small corpus file by name. */
export function smallFiles(tools: Tools): Record<string, Uint8Array> {
  const good = goodRows();
  const goodBook = goodWorkbook(tools);

  const errorSheet = tools.XLSX.utils.aoa_to_sheet(good);
  // C4 holds a formula whose cached result is Excel's #DIV/0! error (error code 0x07).
  errorSheet.C4 = { t: 'e', v: 0x07, f: 'C3/0', w: '#DIV/0!' };

  const gbkName = new Uint8Array([0xd5, 0xc5, 0xc8, 0xfd]); // 张三 in GBK
  const mixed = concat([
    utf8('rep,month,sales,target\n李四,2024-01,1000,900\n李四,2024-02,1100,900\n'),
    gbkName,
    utf8(',2024-01,1200,1000\n'),
    gbkName,
    utf8(',2024-02,1300,1000\n'),
  ]);

  const fifthRowBroken = good.map((row, i) =>
    i > 0 && i % 5 === 0 ? [row[0], row[1], '1,250', row[3]] : row,
  );

  return {
    'truncated.xlsx': goodBook.slice(0, Math.floor(goodBook.length / 2)),
    'zip-bad-name-length.xlsx': badNameLength(goodBook),
    'zip-not-xlsx.xlsx': plainZip('notes.txt', utf8('This archive holds no workbook.\n')),
    'binary-junk.csv': junk(4096, 7),
    'empty.csv': new Uint8Array(0),
    'header-only.csv': utf8('rep,month,sales,target\n'),
    'mixed-encodings.csv': mixed,
    'unbalanced-quotes.csv': utf8(
      csv(good.slice(0, 4)) + '"Dee Evans,2024-01,1500,1400\n' + csv(good.slice(4)),
    ),
    'unquoted-delimiter-every-fifth-row.csv': utf8(csv(fifthRowBroken)),
    'nul-bytes.csv': utf8(csv(good).replace('Bo Chen,2024-03', 'Bo\u0000Chen,2024-03\u0000')),
    'formula-error.xlsx': workbook(tools, { Sales: errorSheet }),
    'negative-and-nan-sales.csv': utf8(
      csv(good)
        .replace('Ann Lee,2024-02,1020', 'Ann Lee,2024-02,-1020')
        .replace('Cy Diaz,2024-05,1250', 'Cy Diaz,2024-05,NaN'),
    ),
    'dates-1900-and-9999.csv': utf8(
      csv(good)
        .replace('Ann Lee,2024-01', 'Ann Lee,1900-01')
        .replace('Cy Diaz,2024-06', 'Cy Diaz,9999-12'),
    ),
    'markup-names.csv': utf8(csv(goodRows(hostileNames).map(quoteAll))),
    'markup-sheet.xlsx': workbook(tools, {
      [MARKUP]: tools.XLSX.utils.aoa_to_sheet([
        ['rep', 'month', `sales ${MARKUP}`, 'target'],
        ...goodRows(hostileNames).slice(1),
      ]),
    }),
    'formula-names.csv': utf8(csv(goodRows(formulaNames).map(quoteAll))),
  };
}
