import { assignmentFileError } from './assignments/assignmentFileError';
import { detectAssignmentColumns, groupHeader } from './assignments/assignmentColumns';
import { rowGroupsSql } from './assignments/assignmentSql';
import { checkTable } from './checkFile';
import { detectColumns, type ColumnMapping } from './columns';
import { MAX_ERRORS } from './constants';
import { recordStart } from './csvRecords';
import { currencyOfAmounts, type SignedCurrency } from './currencySign';
import type { Db } from './db';
import type { DecodedText } from './decode';
import { duplicatesNote } from './duplicateRows';
import { futureDatesNote, localToday } from './futureDates';
import { headerScale } from './headerScale';
import { note, type ImportMessage } from './importMessages';
import {
  badValueMessage,
  csvErrorMessage,
  missingColumnErrors,
  noHeaderRowError,
  type BadValue,
} from './loadMessages';
import {
  amountRangeRows,
  dateRangeRows,
  decideDecimalComma,
  escapeRepNames,
  negativeNotes,
  periodHeaderOf,
  snapshotCheck,
  type AmountColumns,
} from './loadChecks';
import {
  HALF_MADE_SQL,
  ImportCancelled,
  watchedDb,
  type ImportStep,
  type ImportWatch,
} from './importWatch';
import { previewText } from './previewText';
import { replacingData } from './replaceData';
import { totalRowsSql, duplicateRowsSql, irregularMonthsSql, snapToMonthSql } from './sql/checkSql';
import {
  badValuesSql,
  parseRowsSql,
  rawViewSql,
  readCsvSql,
  REP_STATUSES_SQL,
  salesTableSql,
  statusCountsSql,
  uncountedRepsSql,
  type ColumnIndexes,
} from './sql/loadSql';
import { parseMacrosSql, type DateOrder, type DateSystem } from './sql/parseMacrosSql';
import { decideDateOrder } from './dateOrder';
import { defaultCountedStatuses, type StatusCount } from './statuses';
import { skippedRow, totalSkip, type SkippedRow } from './skippedRows';

export interface LoadOptions {
  /** Overrides the detected header for some roles; null removes an optional role. */
  mapping?: Partial<ColumnMapping>;
  /** Status values whose rows count as sales; by default all but failures and refunds. */
  countStatuses?: string[];
  /** Order of numbers-only dates such as 3/4/2024, when the column itself does not decide. */
  dateOrder?: DateOrder;
  /** Excel serial days in a text file count from 1900 (the default) or 1904. */
  dateSystem?: DateSystem;
  /** Leave out rows with unreadable values, listing them, instead of failing the import. */
  skipBadRows?: boolean;
  /** Index of the header among the non-blank records (title rows above it); detected if absent. */
  headerRow?: number;
  /** The text's first column holds the source's row numbers (a workbook sheet), not data. */
  numbered?: boolean;
  /** A wide sheet's month headers by the period they stand for, to name them in messages. */
  periodHeaders?: Record<string, string>;
  /** Today, YYYY-MM-DD, after whose month a date is in the future; this computer's by default. */
  today?: string;
  /** Follows the steps and may cancel the import until the new data is fitted. */
  watch?: ImportWatch;
  /**
   * Fits the new data, in the table `sales`, while the old is only set aside (replaceData.ts):
   * `db` checks the watch. It gives the messages why the new data cannot be used (none if it
   * can); when it gives some, throws or is cancelled, the old data comes back.
   */
  fit?: (db: Db) => Promise<ImportMessage[]>;
}

export interface LoadSummary {
  fileName: string;
  mapping: ColumnMapping;
  /** Rows that went into `sales`. */
  rows: number;
  /** Rows left out because of their status. */
  excluded: number;
  statuses: StatusCount[];
  /** Rows left out for unreadable values (first MAX_ERRORS) and total rows; see skippedCount. */
  skipped: SkippedRow[];
  skippedCount: number;
  dateOrder: DateOrder | null;
  /** The file's own group column (region, team …), giving each row its group; null if none. */
  groupColumn: string | null;
  /** Notices about what was detected, excluded or changed. */
  warnings: ImportMessage[];
  /** True when a header named the amounts' unit (万元, $000), which were made plain units. */
  scaled: boolean;
  /** The one currency the sales amounts name with a sign or code ($, €, ¥), else null. */
  currency: SignedCurrency | null;
}

/** `cancelled`: the watch stopped the import; `errors` is then empty. */
export type LoadOutcome =
  { ok: true; summary: LoadSummary } | { ok: false; errors: ImportMessage[]; cancelled?: true };

const INPUT_FILE = 'il_input.csv';

/** CSV text; a file's decoding also brings the bytes it came from, when DuckDB can read them. */
export type CsvSource = string | Pick<DecodedText, 'text' | 'utf8'>;

/**
 * Decoded CSV text to the table `sales(rep, period, sales, target)`. Data problems come back as
 * messages naming file, row, column and value; only DuckDB failures on valid input throw. The
 * table `sales` and its groups are replaced only when the import, its fit (options.fit)
 * included, succeeds; a cancelled import (options.watch) also drops what it made.
 */
export async function loadCsvText(
  db: Db,
  fileName: string,
  source: CsvSource,
  options: LoadOptions = {},
): Promise<LoadOutcome> {
  try {
    return await loadWatched(watchedDb(db, options.watch), db, fileName, source, options);
  } catch (error) {
    if (!(error instanceof ImportCancelled)) throw error;
    for (const sql of HALF_MADE_SQL) await db.exec(sql);
    return { ok: false, errors: [], cancelled: true };
  }
}

/** `db` checks the watch before each statement; `commit` (the same DuckDB) does not. */
async function loadWatched(
  db: Db,
  commit: Db,
  fileName: string,
  source: CsvSource,
  options: LoadOptions,
): Promise<LoadOutcome> {
  const { text, utf8 } = typeof source === 'string' ? { text: source, utf8: undefined } : source;
  const step = (name: ImportStep) => options.watch?.step(name);
  step('reading');
  const preview = previewText(text, 0, options.headerRow);
  const { delimiter } = preview;
  const shift = options.numbered ? 1 : 0;
  const headers = preview.headers.slice(shift);
  if (options.headerRow !== undefined && preview.headers.length === 0) {
    return { ok: false, errors: [noHeaderRowError(fileName, text, options.headerRow)] };
  }
  const wide = checkTable(fileName, headers.length, 0);
  if (wide.length > 0) return { ok: false, errors: wide };
  const mapping = detectColumns(headers, options.mapping).mapping;

  const assignment = options.mapping ? null : detectAssignmentColumns(headers);
  if (assignment) return { ok: false, errors: [assignmentFileError(fileName, assignment)] };
  const missing = missingColumnErrors(fileName, mapping, headers);
  if (missing.length > 0) return { ok: false, errors: missing };

  const start = recordStart(text, preview.headerRow);
  await registerRecords(db, text, start.offset, utf8);
  // One call for all the macros: in the browser each call is a trip to DuckDB's worker and back.
  await db.exec(parseMacrosSql(options).join(';\n'));
  try {
    const numbering = options.numbered ? 'first-column' : { offset: start.lines };
    await db.exec(readCsvSql(INPUT_FILE, delimiter, preview.headers.length));
    await db.exec(rawViewSql(numbering));
  } catch (error) {
    if (error instanceof ImportCancelled) throw error;
    const message = csvErrorMessage(fileName, messageOf(error), start.lines, delimiter);
    return { ok: false, errors: [message] };
  }

  step('checking');
  const at = indexes(mapping, headers, shift);
  const order = await decideDateOrder(db, at.date, options.dateOrder);
  if (!order.ok) return { ok: false, errors: [order.error(fileName, mapping.date ?? '')] };
  if (order.order)
    await db.exec(parseMacrosSql({ ...options, dateOrder: order.order }).join(';\n'));

  const scale = (role: 'sales' | 'target' | 'refund') => headerScale(mapping[role]);
  const scales = { sales: scale('sales'), target: scale('target'), refund: scale('refund') };
  await db.exec(parseRowsSql(at, scales));
  const warnings = scaleWarnings(mapping);
  // Read again, the rare file whose amounts are written 1.436,50, with the comma as the point.
  const commas = await decideDecimalComma(db, fileName, amountColumns(mapping, at), delimiter);
  if (commas.length > 0) {
    await db.exec(parseRowsSql(at, scales, 'fast', new Set(commas.map((c) => c.role))));
    warnings.push(...commas.map((c) => c.warning));
  }
  await db.exec(REP_STATUSES_SQL);
  const skipped: SkippedRow[] = [];

  const totals = await db.query<{ row_no: number; label: string }>(totalRowsSql());
  for (const total of totals) {
    warnings.push(note('totalRow', { file: fileName, row: total.row_no, label: total.label }));
  }
  if (totals.length > 0) {
    await db.exec(`DELETE FROM il_rows WHERE row_no IN (${totals.map((t) => t.row_no)})`);
    await db.exec(REP_STATUSES_SQL);
  }

  const copies = await db.query<{ rows: string }>(duplicateRowsSql(shift, preview.headers.length));
  const duplicates = duplicatesNote(fileName, copies);
  if (duplicates) warnings.push(duplicates);

  const found = await db.query<{ value: string; count: number }>(statusCountsSql());
  const counted = mapping.status
    ? (options.countStatuses ?? defaultCountedStatuses(found.map((s) => s.value)))
    : null;

  const unreadable = await db.query<BadValue & { total: number }>(badValuesSql(counted, 1_000_000));
  const column = await periodHeaderOf(db, options.periodHeaders);
  const named = (b: BadValue) => badValueMessage(fileName, mapping, b, column(b));
  const outOfRange = [
    ...(await dateRangeRows(db, counted, fileName, mapping.date ?? 'date')),
    ...(await amountRangeRows(db, counted, fileName, amountColumns(mapping, at))),
  ];
  const bad = [...unreadable.map((b) => ({ ...b, message: named(b) })), ...outOfRange].sort(
    (a, b) => a.row_no - b.row_no,
  );
  const salesColumn = mapping.sales ?? 'sales';
  const negatives = await negativeNotes(db, counted, fileName, salesColumn, options.periodHeaders);
  if (bad.length > 0 && !options.skipBadRows) {
    const errors = bad.slice(0, MAX_ERRORS).map((b) => b.message);
    const more = bad.length - Math.min(bad.length, MAX_ERRORS);
    if (more > 0) errors.push(note('moreBad', { file: fileName, count: more }));
    errors.push(...negatives, note('fixBad', { file: fileName }));
    return { ok: false, errors };
  }
  step('cleaning');
  warnings.push(...negatives);
  const badRows = [...new Set(bad.map((b) => b.row_no))];
  for (const b of bad.filter((b, i) => bad.findIndex((c) => c.row_no === b.row_no) === i)) {
    if (skipped.length < MAX_ERRORS) skipped.push(skippedRow(mapping, b, column(b)));
  }
  if (badRows.length > 0) {
    await db.exec(`DELETE FROM il_rows WHERE row_no IN (${badRows})`);
    await db.exec(REP_STATUSES_SQL);
    warnings.push(note('skippedBad', { file: fileName, count: badRows.length }));
  }

  // Before the snap below moves a quota dated on this month's last day to next month.
  const future = await futureDatesNote(
    db,
    counted,
    fileName,
    mapping.date ?? 'date',
    options.today ?? localToday(),
  );
  if (future) warnings.push(future);
  const [snap] = await db.query<{ irregular: boolean }>(irregularMonthsSql());
  if (snap?.irregular) {
    await db.exec(snapToMonthSql());
    warnings.push(note('snapped', { file: fileName, column: mapping.date ?? '' }));
  }

  warnings.push(...(await escapeRepNames(db, fileName, mapping.rep ?? 'rep')));
  const signed = await currencyOfAmounts(db, fileName, mapping.sales ?? 'sales');
  if (signed) warnings.push(signed.warning);

  // Counted again only if rows were left out since (a total row, bad rows).
  const deleted = totals.length > 0 || badRows.length > 0;
  const statusRows = deleted
    ? await db.query<{ value: string; count: number }>(statusCountsSql())
    : found;
  const statuses = statusRows.map((s) => ({ ...s, counted: counted?.includes(s.value) ?? true }));
  const rows = statuses.filter((s) => s.counted).reduce((sum, s) => sum + s.count, 0);
  const excluded = statuses.reduce((sum, s) => sum + s.count, 0) - rows;
  if (rows === 0) return { ok: false, errors: [await noRowsError(db, fileName)] };
  const snapshot = await snapshotCheck(db, fileName, counted, rows, mapping.date ?? 'date');
  if (snapshot && 'error' in snapshot) return { ok: false, errors: [snapshot.error] };
  if (snapshot) warnings.push(snapshot.warning);
  if (counted !== null && excluded > 0) {
    warnings.push(...(await uncountedRepNotes(db, fileName, counted)));
  }

  // The data on screen stays, set aside, until the new one is made and fitted.
  step('fitting');
  const groupColumn = groupHeader(headers, Object.values(mapping));
  let refused: ImportMessage[] = [];
  await replacingData(commit, async () => {
    await db.exec(salesTableSql(counted));
    // The previous data's groups went aside with it; the file's own column brings its own.
    if (groupColumn !== null) {
      const at = headers.indexOf(groupColumn) + shift;
      for (const sql of rowGroupsSql(at, groupColumn)) await db.exec(sql);
    }
    refused = (await options.fit?.(db)) ?? [];
    return refused.length === 0;
  });
  if (refused.length > 0) return { ok: false, errors: refused };
  return {
    ok: true,
    summary: {
      fileName,
      mapping,
      rows,
      excluded,
      statuses,
      skipped: [...totals.map((t) => totalSkip(t, mapping)), ...skipped],
      skippedCount: totals.length + badRows.length,
      dateOrder: order.order,
      groupColumn,
      warnings,
      scaled: Object.values(scales).some((factor) => factor !== 1),
      currency: signed?.currency ?? null,
    },
  };
}

/**
 * The records from `offset` on, for DuckDB: the file's own bytes when `text` is exactly their
 * UTF-8 decoding (decode.ts), else the text, which DuckDB's browser build encodes again.
 */
async function registerRecords(db: Db, text: string, offset: number, utf8?: Uint8Array) {
  if (!utf8) return db.registerText(INPUT_FILE, offset > 0 ? text.slice(offset) : text);
  // `offset` starts a line, so the title rows above it encode to exactly the bytes they were.
  const skip = offset > 0 ? new TextEncoder().encode(text.slice(0, offset)).length : 0;
  return db.registerBytes(INPUT_FILE, utf8.subarray(skip));
}

function indexes(mapping: ColumnMapping, headers: string[], shift: number): ColumnIndexes {
  const at = (role: keyof ColumnMapping) => {
    const i = mapping[role] ? headers.indexOf(mapping[role]) : -1;
    return i < 0 ? null : i + shift;
  };
  const [rep, date, sales] = [at('rep'), at('date'), at('sales')];
  if (rep === null || date === null || sales === null) throw new Error('required role unmapped');
  return { rep, date, sales, target: at('target'), status: at('status'), refund: at('refund') };
}

function amountColumns(mapping: ColumnMapping, at: ColumnIndexes): AmountColumns {
  const columns: AmountColumns = {};
  for (const role of ['sales', 'target', 'refund'] as const) {
    const index = at[role];
    if (index !== null) columns[role] = { index, header: mapping[role] ?? role };
  }
  return columns;
}

function scaleWarnings(mapping: ColumnMapping): ImportMessage[] {
  return (['sales', 'target', 'refund'] as const)
    .filter((role) => headerScale(mapping[role]) !== 1)
    .map((role) =>
      note('scaled', { column: mapping[role] ?? '', scale: String(headerScale(mapping[role])) }),
    );
}

/** Reps that vanish because every row of theirs has a status left out, named (first few). */
async function uncountedRepNotes(
  db: Db,
  fileName: string,
  counted: string[],
): Promise<ImportMessage[]> {
  const left = (await db.query<{ rep: string }>(uncountedRepsSql(counted))).map((r) => r.rep);
  if (left.length === 0) return [];
  return [note('repsNotCounted', { file: fileName, count: left.length, reps: left })];
}

/** No counted rows: a file of a header alone says so, rather than blaming the statuses. */
async function noRowsError(db: Db, fileName: string): Promise<ImportMessage> {
  const [raw] = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM il_raw');
  return note(raw?.n === 0 ? 'headerOnly' : 'noRows', { file: fileName });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
