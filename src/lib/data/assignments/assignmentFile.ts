import { checkBytes, checkText } from '../checkFile';
import { csvRecords, sniffDelimiter } from '../csvRecords';
import { decodeBytes, type TextEncodingName } from '../decode';
import { fileFormat } from '../fileFormat';
import { detectHeaderRow } from '../headerRow';
import { note, sourceName } from '../importMessages';
import { readBook } from '../readBook';
import type { DateOrder } from '../sql/parseMacrosSql';
import { sheetTable, type Sheet, type Table } from '../sheets/table';
import { detectAssignmentColumns } from './assignmentColumns';
import { readAssignments, type AssignmentsOutcome } from './readAssignments';

export interface AssignmentFileChoice {
  encoding?: TextEncodingName;
  sheet?: string;
  /** 0-based row of the header (records of a text file, rows of a sheet); detected if absent. */
  headerRow?: number;
  dateOrder?: DateOrder;
}

/** Nothing in the file, or a table whose columns are not those of an assignment file. */
export type AssignmentFileOutcome = AssignmentsOutcome | { ok: 'not'; headers: string[] };

/**
 * An assignment file (CSV in any encoding, .xlsx, .xls or Parquet; the chosen sheet, else the
 * first that has an assignment header) read into checked spans, or `ok: 'not'` when its header
 * is not that of one (see detectAssignmentColumns). The header is the given row, else the first
 * row as wide as the table (title rows above it are skipped, as for a sales file).
 */
export async function readAssignmentFile(
  fileName: string,
  bytes: Uint8Array,
  choice: AssignmentFileChoice = {},
): Promise<AssignmentFileOutcome> {
  const format = fileFormat(bytes);
  const early = checkBytes(fileName, bytes, format);
  if (early.length > 0) return { ok: false, errors: early };

  let table: Table;
  let source = fileName;
  let date1904 = false;
  if (format === 'csv') {
    const decoded = decodeBytes(bytes, choice.encoding);
    const problems = checkText(fileName, bytes, decoded, choice.encoding !== undefined);
    if (problems.length > 0) return { ok: false, errors: problems };
    table = textTable(decoded.text, choice.headerRow);
  } else {
    const read = await readBook(bytes, fileName, format);
    if (!read.ok) return read;
    const sheets = read.book.sheets;
    // Without a choice, the first sheet that reads as assignments (a notes sheet may lead).
    const fits = (s: Sheet) =>
      detectAssignmentColumns(sheetTable(s, detectHeaderRow(s.rows)).headers) !== null;
    const sheet =
      choice.sheet === undefined
        ? (sheets.find(fits) ?? sheets[0])
        : sheets.find((s) => s.name === choice.sheet);
    if (!sheet) {
      const sheets = read.book.sheets.map((s) => `"${s.name}"`).join(', ');
      return {
        ok: false,
        errors: [note('noSheet', { file: fileName, sheet: choice.sheet ?? '', sheets })],
      };
    }
    table = sheetTable(sheet, choice.headerRow ?? detectHeaderRow(sheet.rows));
    source = format === 'parquet' ? fileName : sourceName(fileName, sheet.name);
    date1904 = read.book.date1904;
  }

  const mapping = detectAssignmentColumns(table.headers);
  if (!mapping) return { ok: 'not', headers: table.headers };
  return readAssignments(source, table, mapping, { dateOrder: choice.dateOrder, date1904 });
}

/** Decoded text as a table under its header record; row numbers count records from 1. */
function textTable(text: string, headerRow?: number): Table {
  const records = [...csvRecords(text, sniffDelimiter(text))];
  const at = headerRow ?? detectHeaderRow(records);
  const headers = (records[at] ?? []).map((h) => h.trim());
  const rows = records
    .map((cells, i) => ({ row: i + 1, cells }))
    .slice(at + 1)
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  return { headers, rows };
}
