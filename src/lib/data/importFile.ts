import { checkBytes, checkTable, checkText } from './checkFile';
import type { Db } from './db';
import { measureStep } from './importTiming';
import { decodeBytes, type TextEncodingName } from './decode';
import { currencyOfFormats } from './currencySign';
import { fileFormat, type FileFormat } from './fileFormat';
import { note, sourceName, type ImportMessage } from './importMessages';
import { loadCsvText, type LoadOptions, type LoadSummary } from './load';
import { readBook } from './readBook';
import { RETURNED } from './sheets/joinSheets';
import { tableCsv } from './sheets/table';
import type { StatusCount } from './statuses';
import { workbookTable } from './sheets/workbookTable';
import { wideText } from './wideText';

export interface ImportOptions extends Omit<LoadOptions, 'headerRow' | 'numbered'> {
  /** Overrides the detected text encoding of a CSV file. */
  encoding?: TextEncodingName;
  /** Sheet of a workbook; the first by default. */
  sheet?: string;
  /** 1-based row of the header, below title rows; detected by default. */
  headerRow?: number;
  /** Calibrate on quarters of a year starting in this month (see CalibrateOptions). */
  quarters?: { fiscalStart: number };
  /** Calibrate on months even when the dates are quarterly (see CalibrateOptions). */
  months?: true;
}

export interface ImportSummary extends LoadSummary {
  format: FileFormat;
  /** Text encoding of a CSV file, null for workbooks and Parquet. */
  encoding: TextEncodingName | null;
  /** All sheets of a workbook (one for Parquet, none for CSV) and the one imported. */
  sheets: string[];
  sheet: string | null;
}

export type ImportOutcome =
  { ok: true; summary: ImportSummary } | { ok: false; errors: ImportMessage[] };

/**
 * Any supported file, as bytes, to the table `sales`: CSV/TSV in any encoding, .xlsx, .xls or
 * Parquet, with the workbook's other sheets joined as workbookTable describes; a text or sheet
 * with one column per period is unpivoted (wideText, workbookTable). Problems come back
 * as messages naming file, sheet, row, column and value; the previous `sales` is then untouched.
 * Size, binary bytes, mixed encodings and open quotes are checked before DuckDB reads anything,
 * and a workbook is parsed in its own thread, stopped after a bounded time.
 */
export async function importFile(
  db: Db,
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  options.watch?.step('reading');
  const format = fileFormat(bytes);
  const headerRow = options.headerRow === undefined ? undefined : options.headerRow - 1;
  const early = checkBytes(fileName, bytes, format);
  if (early.length > 0) return { ok: false, errors: early };

  if (format === 'csv') {
    let start = performance.now();
    const decoded = decodeBytes(bytes, options.encoding);
    measureStep('page', 'decode', start);
    start = performance.now();
    const problems = checkText(fileName, bytes, decoded, options.encoding !== undefined);
    measureStep('page', 'check text', start);
    if (problems.length > 0) return { ok: false, errors: problems };
    const wide = wideText(decoded.text, headerRow, options.dateSystem === 1904);
    if (wide) {
      const limits = checkTable(fileName, wide.table.headers.length, wide.table.rows.length);
      if (limits.length > 0) return { ok: false, errors: limits };
    }
    const loaded = wide
      ? await loadCsvText(db, fileName, tableCsv(wide.table), {
          ...options,
          headerRow: 0,
          numbered: true,
          periodHeaders: wide.periodHeaders,
        })
      : await loadCsvText(db, fileName, decoded, { ...options, headerRow });
    if (!loaded.ok) return loaded;
    const { encoding } = decoded;
    const notes = wide ? [note('wideFile', { file: fileName })] : [];
    const warnings = [...notes, ...loaded.summary.warnings];
    const summary = { ...loaded.summary, warnings, format, encoding, sheets: [], sheet: null };
    return { ok: true, summary };
  }

  const read = await readBook(bytes, fileName, format);
  if (!read.ok) return read;
  const book = read.book;

  const chosen = workbookTable(fileName, book, { sheet: options.sheet, headerRow });
  if (!chosen.ok) return chosen;
  const source = format === 'parquet' ? fileName : sourceName(fileName, chosen.sheet);
  const sheetRows = book.sheets.find((s) => s.name === chosen.sheet)?.rows.length ?? 0;
  if (headerRow !== undefined && headerRow >= sheetRows) {
    const error = note('noHeaderRow', { file: source, row: headerRow + 1, count: sheetRows });
    return { ok: false, errors: [error] };
  }
  const limits = checkTable(source, chosen.table.headers.length, chosen.table.rows.length);
  if (limits.length > 0) return { ok: false, errors: limits };
  const loaded = await loadCsvText(db, source, tableCsv(chosen.table), {
    ...options,
    dateSystem: book.date1904 ? 1904 : (options.dateSystem ?? 1900),
    headerRow: 0,
    numbered: true,
    periodHeaders: chosen.periodHeaders,
  });
  if (!loaded.ok) return loaded;

  const summary = loaded.summary;
  // A sign in the cells' text (currencySign) says more than the sheet's formats: it is checked
  // first, and the formats only where the text named none.
  const sheet = book.sheets.find((s) => s.name === chosen.sheet);
  const formatted = summary.currency ? null : currencyOfFormats(source, sheet?.currencies);
  return {
    ok: true,
    summary: {
      ...summary,
      currency: summary.currency ?? formatted?.currency ?? null,
      warnings: [
        ...chosen.notes.map((sheetNote) => returnsNote(sheetNote, summary.statuses)),
        ...summary.warnings,
        ...(formatted ? [formatted.warning] : []),
      ],
      format,
      encoding: null,
      sheets: book.sheets.map((s) => s.name),
      sheet: chosen.sheet,
    },
  };
}

/**
 * The note on a returns sheet as the user's status choice left it: the join marks its rows
 * "returned", which count as sales when that status was ticked.
 */
function returnsNote(sheetNote: ImportMessage, statuses: StatusCount[]): ImportMessage {
  const counted = statuses.some((status) => status.value === RETURNED && status.counted);
  if (sheetNote.code !== 'returnsSheet' || !counted) return sheetNote;
  return note('returnsCounted', sheetNote.params);
}
