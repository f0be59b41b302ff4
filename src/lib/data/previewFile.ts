import { checkBytes, checkTable, checkText, mixedEncodingProblem } from './checkFile';
import { detectColumns, type ColumnMapping, type ColumnRole } from './columns';
import { PREVIEW_ROWS } from './constants';
import { csvRecords, recordsBelow } from './csvRecords';
import { decodeBytes, type TextEncodingName } from './decode';
import { fileFormat, type FileFormat } from './fileFormat';
import { sourceName, type ImportMessage } from './importMessages';
import { yearlessMonthsErrors } from './loadMessages';
import { previewText } from './previewText';
import { readBook, type BookOutcome } from './readBook';
import type { Workbook } from './sheets/readWorkbook';
import type { MadeColumn } from './sheets/unpivot';
import { workbookTable } from './sheets/workbookTable';
import { WIDE_TEXT_COLUMNS, wideText } from './wideText';
import { countValues, type StatusCount } from './statuses';

/** Raw rows shown above the table so that the user can pick the header below title rows. */
export const HEAD_ROWS = 12;

export interface PreviewChoice {
  encoding?: TextEncodingName;
  sheet?: string;
  /** 1-based header row, as ImportOptions takes it; detected when absent. */
  headerRow?: number;
  rows?: number;
}

export interface FilePreview {
  fileName: string;
  format: FileFormat;
  /** Detected or chosen encoding of a text file; null for workbooks and Parquet. */
  encoding: TextEncodingName | null;
  /** Sheets of a workbook (one for Parquet, none for text) and the one previewed. */
  sheets: string[];
  sheet: string | null;
  /** 1-based header row in `head`, detected or chosen. */
  headerRow: number;
  /** The first raw rows (title rows included): row i is header row i + 1. */
  head: string[][];
  /** Headers and first rows of the table the import reads (wide sheets already unpivoted). */
  headers: string[];
  /** The headers the import made (unpivoting), to be named in the reader's language. */
  made: Record<string, MadeColumn>;
  rows: string[][];
  mapping: ColumnMapping;
  confidence: Record<ColumnRole, number>;
  /** Values of the proposed status column over the whole table, and whether each counts. */
  statuses: StatusCount[];
  /**
   * Problems the user must settle before importing: rows in two encodings (the fix is choosing
   * one, so the preview is shown for the choice) or month headers without a year (yearlessMonths).
   */
  notes: ImportMessage[];
}

export type PreviewOutcome =
  { ok: true; preview: FilePreview } | { ok: false; errors: ImportMessage[] };

/**
 * What the import dialog shows for any supported file before importing it: the sheets, the
 * raw first rows with the header row, and the table with proposed columns. A workbook read once
 * can be passed as `book` so that changing sheet or header row does not parse it again.
 */
export async function previewFile(
  bytes: Uint8Array,
  fileName: string,
  choice: PreviewChoice = {},
  book?: Workbook,
): Promise<PreviewOutcome> {
  const format = fileFormat(bytes);
  const early = checkBytes(fileName, bytes, format);
  if (early.length > 0) return { ok: false, errors: early };
  if (format === 'csv') return textPreview(bytes, fileName, choice);

  let read = book;
  if (!read) {
    const outcome = await readBook(bytes, fileName, format);
    if (!outcome.ok) return outcome;
    read = outcome.book;
  }
  return workbookPreview(read, fileName, format, choice);
}

/**
 * Reads a workbook (or Parquet file) once, off the page's thread, for repeated previews; null
 * for a text file, messages for one that cannot be read.
 */
export async function readFileBook(
  bytes: Uint8Array,
  fileName: string,
): Promise<BookOutcome | null> {
  const format = fileFormat(bytes);
  if (format === 'csv') return null;
  const early = checkBytes(fileName, bytes, format);
  if (early.length > 0) return { ok: false, errors: early };
  return readBook(bytes, fileName, format);
}

function textPreview(bytes: Uint8Array, fileName: string, choice: PreviewChoice): PreviewOutcome {
  const decoded = decodeBytes(bytes, choice.encoding);
  const problems = checkText(fileName, bytes, decoded, true);
  if (problems.length > 0) return { ok: false, errors: problems };
  const notes = choice.encoding ? [] : mixedEncodingProblem(fileName, bytes, decoded);

  const { text, encoding } = decoded;
  const n = choice.rows ?? PREVIEW_ROWS;
  const at = choice.headerRow === undefined ? undefined : choice.headerRow - 1;
  const long = previewText(text, n, at);
  const limits = checkTable(fileName, long.headers.length, 0);
  if (limits.length > 0) return { ok: false, errors: limits };
  const head = previewText(text, HEAD_ROWS, 0);
  // A text with one column per period is shown unpivoted, as the import reads it.
  const wide = wideText(text, at);
  const cells = wide?.table.rows.map((r) => r.cells);
  const headers = wide?.table.headers ?? long.headers;
  const wideLimits = checkTable(fileName, headers.length, cells?.length ?? 0);
  if (wideLimits.length > 0) return { ok: false, errors: wideLimits };
  const headerRow = wide?.headerRow ?? long.headerRow;
  const { mapping, confidence } = detectColumns(headers);
  const statusAt = mapping.status === null ? -1 : headers.indexOf(mapping.status);
  const records = cells ?? recordsBelow(csvRecords(text, long.delimiter), headerRow);

  const preview: FilePreview = {
    fileName,
    format: 'csv',
    encoding,
    sheets: [],
    sheet: null,
    headerRow: headerRow + 1,
    head: [head.written, ...head.rows],
    headers,
    made: wide ? WIDE_TEXT_COLUMNS : {},
    rows: cells?.slice(0, n) ?? long.rows,
    mapping,
    confidence,
    statuses: statusAt < 0 ? [] : countValues(records, statusAt),
    notes: [...notes, ...yearlessMonthsErrors(fileName, mapping, headers)],
  };
  return { ok: true, preview };
}

function workbookPreview(
  book: Workbook,
  fileName: string,
  format: FileFormat,
  choice: PreviewChoice,
): PreviewOutcome {
  const headerRow = choice.headerRow === undefined ? undefined : choice.headerRow - 1;
  const chosen = workbookTable(fileName, book, { sheet: choice.sheet, headerRow });
  if (!chosen.ok) return chosen;

  const sheet = book.sheets.find((s) => s.name === chosen.sheet);
  const { headers, rows } = chosen.table;
  const source = format === 'parquet' ? fileName : sourceName(fileName, chosen.sheet);
  const limits = checkTable(source, headers.length, rows.length);
  if (limits.length > 0) return { ok: false, errors: limits };
  const { mapping, confidence } = detectColumns(headers);
  const statusAt = mapping.status === null ? -1 : headers.indexOf(mapping.status);
  const cells = rows.map((r) => r.cells);

  return {
    ok: true,
    preview: {
      fileName,
      format,
      encoding: null,
      sheets: book.sheets.map((s) => s.name),
      sheet: chosen.sheet,
      headerRow: chosen.headerRow + 1,
      head: (sheet?.rows ?? []).slice(0, Math.max(HEAD_ROWS, chosen.headerRow + 2)),
      headers,
      made: chosen.made,
      rows: cells.slice(0, choice.rows ?? PREVIEW_ROWS),
      mapping,
      confidence,
      statuses: statusAt < 0 ? [] : countValues(cells, statusAt),
      notes: yearlessMonthsErrors(source, mapping, headers),
    },
  };
}
