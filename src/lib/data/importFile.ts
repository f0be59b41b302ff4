import type { Db } from './db';
import { decodeBytes, type TextEncodingName } from './decode';
import { fileFormat, type FileFormat } from './fileFormat';
import { loadCsvText, type LoadOptions, type LoadSummary } from './load';
import { readParquet } from './sheets/readParquet';
import { readWorkbook, type Workbook } from './sheets/readWorkbook';
import { tableCsv } from './sheets/table';
import { workbookTable } from './sheets/workbookTable';

export interface ImportOptions extends Omit<LoadOptions, 'headerRow' | 'numbered'> {
  /** Overrides the detected text encoding of a CSV file. */
  encoding?: TextEncodingName;
  /** Sheet of a workbook; the first by default. */
  sheet?: string;
  /** 1-based row of the header, below title rows; detected by default. */
  headerRow?: number;
  /** Calibrate on quarters of a year starting in this month (see CalibrateOptions). */
  quarters?: { fiscalStart: number };
}

export interface ImportSummary extends LoadSummary {
  format: FileFormat;
  /** Text encoding of a CSV file, null for workbooks and Parquet. */
  encoding: TextEncodingName | null;
  /** All sheets of a workbook (one for Parquet, none for CSV) and the one imported. */
  sheets: string[];
  sheet: string | null;
}

export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; errors: string[] };

/**
 * Any supported file, as bytes, to the table `sales`: CSV/TSV in any encoding, .xlsx, .xls or
 * Parquet, with the workbook's other sheets joined as workbookTable describes. Problems come back
 * as messages naming file, sheet, row, column and value; the previous `sales` is then untouched.
 */
export async function importFile(
  db: Db,
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const format = fileFormat(bytes);
  const headerRow = options.headerRow === undefined ? undefined : options.headerRow - 1;

  if (format === 'csv') {
    const { text, encoding } = decodeBytes(bytes, options.encoding);
    const loaded = await loadCsvText(db, fileName, text, { ...options, headerRow });
    if (!loaded.ok) return loaded;
    return { ok: true, summary: { ...loaded.summary, format, encoding, sheets: [], sheet: null } };
  }

  let book: Workbook;
  try {
    book =
      format === 'parquet'
        ? { sheets: [await readParquet(bytes, 'data')], date1904: false }
        : readWorkbook(bytes);
  } catch (error) {
    const what = format === 'parquet' ? 'a Parquet file' : `an Excel workbook (.${format})`;
    return { ok: false, errors: [`${fileName}: cannot read as ${what}: ${messageOf(error)}`] };
  }

  const chosen = workbookTable(fileName, book, { sheet: options.sheet, headerRow });
  if (!chosen.ok) return chosen;
  const source = format === 'parquet' ? fileName : `${fileName}, sheet "${chosen.sheet}"`;
  const loaded = await loadCsvText(db, source, tableCsv(chosen.table), {
    ...options,
    dateSystem: book.date1904 ? 1904 : (options.dateSystem ?? 1900),
    headerRow: 0,
    numbered: true,
  });
  if (!loaded.ok) return loaded;

  const summary = loaded.summary;
  return {
    ok: true,
    summary: {
      ...summary,
      warnings: [...chosen.notes, ...summary.warnings],
      format,
      encoding: null,
      sheets: book.sheets.map((s) => s.name),
      sheet: chosen.sheet,
    },
  };
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
