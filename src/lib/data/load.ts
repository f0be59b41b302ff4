import { COLUMN_ROLES, REQUIRED_ROLES, detectColumns, type ColumnMapping } from './columns';
import { MAX_ERRORS } from './constants';
import type { Db } from './db';
import { previewText } from './previewText';
import { parseMacrosSql } from './sql/parseMacrosSql';
import {
  badValuesSql,
  parseRowsSql,
  readCsvSql,
  salesTableSql,
  statusCountsSql,
  type ColumnIndexes,
} from './sql/loadSql';
import { defaultCountedStatuses, type StatusCount } from './statuses';

export interface LoadOptions {
  /** Overrides the detected header for some roles; null removes an optional role. */
  mapping?: Partial<ColumnMapping>;
  /** Status values whose rows count as sales; by default all but failures and refunds. */
  countStatuses?: string[];
}

export interface LoadSummary {
  fileName: string;
  mapping: ColumnMapping;
  /** Rows that went into `sales`. */
  rows: number;
  /** Rows left out because of their status. */
  excluded: number;
  statuses: StatusCount[];
}

export type LoadOutcome = { ok: true; summary: LoadSummary } | { ok: false; errors: string[] };

const INPUT_FILE = 'il_input.csv';

const expected: Record<string, string> = {
  date: 'a date such as 2024-01-31, 2024/1/31 22:55, 2024-01 or May 31 2011 12:00AM',
  sales: 'an amount such as 1234.5, 1,234.50, ¥1,234 or (500)',
  target: 'an amount or an empty cell',
  refund: 'an amount or an empty cell',
};

/**
 * Decoded CSV text to the table `sales(rep, period, sales, target)`. Data problems come back as
 * messages naming file, row, column and value; only DuckDB failures on valid input throw.
 */
export async function loadCsvText(
  db: Db,
  fileName: string,
  text: string,
  options: LoadOptions = {},
): Promise<LoadOutcome> {
  const { delimiter, headers } = previewText(text, 0);
  const mapping = { ...detectColumns(headers).mapping, ...options.mapping };

  const missing = REQUIRED_ROLES.filter(
    (role) => !mapping[role] || !headers.includes(mapping[role]),
  );
  if (missing.length > 0) {
    const seen = headers.map((h) => `"${h}"`).join(', ');
    return {
      ok: false,
      errors: missing.map((role) => `${fileName}: no column for ${role} (headers: ${seen})`),
    };
  }

  await db.registerText(INPUT_FILE, text);
  for (const sql of parseMacrosSql()) await db.exec(sql);
  try {
    await db.exec(readCsvSql(INPUT_FILE, delimiter, headers.length));
  } catch (error) {
    // DuckDB's first two lines name the problem and the line; the rest lists reader options.
    const reason = messageOf(error).split('\n').slice(0, 2).join(' ');
    return { ok: false, errors: [`${fileName}: cannot read as CSV: ${reason}`] };
  }
  await db.exec(parseRowsSql(indexes(mapping, headers)));

  const found = await db.query<{ value: string; count: number }>(statusCountsSql());
  const counted = mapping.status
    ? (options.countStatuses ?? defaultCountedStatuses(found.map((s) => s.value)))
    : null;
  const statuses = found.map((s) => ({ ...s, counted: counted?.includes(s.value) ?? true }));

  const bad = await db.query<{ row_no: number; role: string; value: string; total: number }>(
    badValuesSql(counted, MAX_ERRORS),
  );
  if (bad.length > 0) {
    const errors = bad.map((b) => badValueMessage(fileName, mapping, b));
    const more = bad[0].total - bad.length;
    if (more > 0) errors.push(`${fileName}: ${more} more values cannot be read`);
    return { ok: false, errors };
  }

  await db.exec(salesTableSql(counted));
  const rows = statuses.filter((s) => s.counted).reduce((sum, s) => sum + s.count, 0);
  const excluded = statuses.reduce((sum, s) => sum + s.count, 0) - rows;
  if (rows === 0) return { ok: false, errors: [`${fileName}: no rows count as sales`] };

  return { ok: true, summary: { fileName, mapping, rows, excluded, statuses } };
}

function indexes(mapping: ColumnMapping, headers: string[]): ColumnIndexes {
  const at = (role: keyof ColumnMapping) => {
    const i = mapping[role] ? headers.indexOf(mapping[role]) : -1;
    return i < 0 ? null : i;
  };
  const [rep, date, sales] = [at('rep'), at('date'), at('sales')];
  if (rep === null || date === null || sales === null) throw new Error('required role unmapped');
  return { rep, date, sales, target: at('target'), status: at('status'), refund: at('refund') };
}

function badValueMessage(
  fileName: string,
  mapping: ColumnMapping,
  bad: { row_no: number; role: string; value: string },
): string {
  const role = COLUMN_ROLES.find((r) => r === bad.role) ?? 'sales';
  const where = `${fileName}: row ${bad.row_no}, column "${mapping[role]}"`;
  if (bad.value === '') return `${where}: empty ${role}`;
  return `${where}: cannot read "${bad.value}"; expected ${expected[role]}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
