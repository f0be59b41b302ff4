import * as XLSX from '@e965/xlsx';
import type { SignedCurrency } from '../currencySign';
import type { Sheet } from './table';

export interface Workbook {
  sheets: Sheet[];
  /** The workbook counts serial days from 1904-01-01 (old Mac Excel) instead of 1899-12-30. */
  date1904: boolean;
}

/**
 * An .xlsx or legacy .xls file as text cells. Numbers keep their full value, not the display
 * format (so $73,818 and (500) in red are 73818 and -500); cells formatted as dates become
 * YYYY-MM-DD (with the time when there is one), counted in the workbook's own date system.
 */
export function readWorkbook(bytes: Uint8Array): Workbook {
  const book = XLSX.read(bytes, { type: 'array', cellNF: true, cellDates: false, dense: true });
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);

  const sheets = book.SheetNames.map((name) => {
    const sheet = book.Sheets[name];
    const dense = (sheet['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
    const rows = Array.from(dense, (row) => Array.from(row ?? [], (c) => cellText(c, date1904)));
    const currencies: Partial<Record<SignedCurrency, number>> = {};
    for (const row of dense) {
      for (const cell of row ?? []) {
        const named = cell?.t === 'n' && typeof cell.z === 'string' ? formatCurrency(cell.z) : null;
        if (named) currencies[named] = (currencies[named] ?? 0) + 1;
      }
    }
    return { name, rows, currencies };
  });

  return { sheets, date1904 };
}

function cellText(cell: XLSX.CellObject | undefined, date1904: boolean): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (cell.t === 'n' && typeof cell.v === 'number') {
    const format = typeof cell.z === 'string' ? cell.z : '';
    return format && XLSX.SSF.is_date(format) ? serialDate(cell.v, date1904) : String(cell.v);
  }
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
  if (cell.t === 'e') return cell.w ?? '#ERROR';
  if (cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  return String(cell.v);
}

/**
 * The currency a number format shows, if one: "$"#,##0 or $#,##0.00, [$€-407] #,##0, ¥#,##0.
 * A bracket [$-409] names only a locale; its "$" is no sign, so brackets are read apart.
 */
export function formatCurrency(format: string): SignedCurrency | null {
  const tags = [...format.matchAll(/\[\$([^\]-]*)(?:-[^\]]*)?\]/g)].map((m) => m[1]);
  const rest = format.replace(/\[[^\]]*\]/g, '');
  const signs = [...tags, rest].join(' ');
  if (/\$|USD/.test(signs)) return 'USD';
  if (/€|EUR/.test(signs)) return 'EUR';
  if (/[¥￥元]|CNY|RMB/.test(signs)) return 'CNY';
  return null;
}

/** An Excel serial day as YYYY-MM-DD[ hh:mm]; SheetJS's SSF knows both date systems. */
export function serialDate(serial: number, date1904: boolean): string {
  const d = XLSX.SSF.parse_date_code(serial, { date1904 }) as {
    y: number;
    m: number;
    d: number;
    H: number;
    M: number;
  };
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${String(d.y).padStart(4, '0')}-${two(d.m)}-${two(d.d)}`;
  return d.H || d.M ? `${day} ${two(d.H)}:${two(d.M)}` : day;
}
