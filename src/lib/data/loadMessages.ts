import { COLUMN_ROLES, REQUIRED_ROLES, type ColumnMapping } from './columns';
import { PLAUSIBLE_YEARS } from './constants';
import { csvRecords, sniffDelimiter, type Delimiter } from './csvRecords';
import { note, type ImportMessage, type ImportMessageCode } from './importMessages';
import { yearlessMonths } from './yearlessMonths';

/** An unreadable value: source row, the role of its column, and the text seen. */
export interface BadValue {
  row_no: number;
  role: string;
  value: string;
}

const expected: Record<string, ImportMessageCode> = {
  date: 'badDate',
  sales: 'badAmount',
  target: 'badOptional',
  refund: 'badOptional',
};

/**
 * `file: row N, column "H": what is wrong; what was expected`. `column` names the header the
 * user sees when it differs from the mapped one (a month header of a wide sheet).
 */
export function badValueMessage(
  fileName: string,
  mapping: ColumnMapping,
  bad: BadValue,
  column?: string,
): ImportMessage {
  const role = COLUMN_ROLES.find((r) => r === bad.role) ?? 'sales';
  const where = { file: fileName, row: bad.row_no, column: column ?? mapping[role] ?? role };
  if (bad.value === '') return note('emptyValue', { ...where, role });

  // A date the parser refused for its year (9999-12, a placeholder) says so, not "cannot read".
  const year = role === 'date' ? /^\s*(\d{4})[-/.年]/.exec(bad.value)?.[1] : undefined;
  const { from, to } = PLAUSIBLE_YEARS;
  if (year !== undefined && (+year < from || +year > to)) {
    const range = { year, from: String(from), to: String(to) };
    return note('dateRange', { ...where, value: bad.value, ...range });
  }
  return note(expected[role] ?? 'badAmount', { ...where, value: bad.value });
}

/**
 * One message per required role without a column in `headers`. When sales is missing but a
 * target was found (a quota history), the message says how to read the targets as amounts;
 * headers that are months without a year are named first (yearlessMonthsErrors). A column
 * the mapping names that `headers` lack was named by the user (detection proposes only the
 * file's headers): its message names it, whatever its role.
 */
export function missingColumnErrors(
  fileName: string,
  mapping: ColumnMapping,
  headers: string[],
): ImportMessage[] {
  const seen = headers;
  const unknown = COLUMN_ROLES.filter((role) => {
    const column = mapping[role];
    return column !== null && !headers.includes(column);
  });
  const named = unknown.map((role) =>
    note('unknownColumn', { file: fileName, column: mapping[role] ?? '', role, headers: seen }),
  );
  const missing = missingRoles(mapping, headers).filter((role) => !unknown.includes(role));
  const errors = missing.map((role) => {
    const target = mapping.target;
    if (role !== 'sales' || target === null || !headers.includes(target)) {
      return note('missingColumn', { file: fileName, role, headers: seen });
    }
    return note('missingSales', { file: fileName, headers: seen, target });
  });
  return [...yearlessMonthsErrors(fileName, mapping, headers), ...named, ...errors];
}

/**
 * Why a header row chosen past the file's end gives no headers: the rows the file has (records
 * of `text` up to the chosen one; they are all there is).
 */
export function noHeaderRowError(fileName: string, text: string, headerRow: number): ImportMessage {
  let count = 0;
  for (const _ of csvRecords(text, sniffDelimiter(text))) {
    if (++count > headerRow) break;
  }
  return note('noHeaderRow', { file: fileName, row: headerRow + 1, count });
}

/**
 * Why a table with one column per month (1月, 2月, … or Jan, Feb, …) finds no date or sales
 * column: its months have no year. None when the required roles have columns.
 */
export function yearlessMonthsErrors(
  fileName: string,
  mapping: ColumnMapping,
  headers: string[],
): ImportMessage[] {
  const months = missingRoles(mapping, headers).length > 0 ? yearlessMonths(headers) : [];
  if (months.length === 0) return [];
  return [note('yearlessMonths', { file: fileName, headers: months })];
}

function missingRoles(mapping: ColumnMapping, headers: string[]) {
  return REQUIRED_ROLES.filter((role) => !mapping[role] || !headers.includes(mapping[role]));
}

// DuckDB's words for a row with more fields than the header (1.4): line, text, counts.
const extraFields =
  /CSV Error on Line: (\d+)\s*\nOriginal Line: (.*)\nExpected Number of Columns: (\d+) Found: (\d+)/;

/**
 * DuckDB's reader error as a message. A row with more fields than the header (an amount such
 * as 1,250 unquoted) gets its row in the file, the counts and the fix; any other error keeps
 * DuckDB's first two lines (the rest lists reader options). DuckDB counts lines from the
 * text it was given, which starts `linesBefore` lines into the file. It stops counting a row's
 * fields one past the header's, so the row is counted here, split by `delimiter`.
 */
export function csvErrorMessage(
  fileName: string,
  error: string,
  linesBefore: number,
  delimiter: Delimiter,
): ImportMessage {
  const match = extraFields.exec(error);
  if (match) {
    const [, line, value, expected, found] = match;
    const row = Number(line) + linesBefore;
    const [fields] = csvRecords(value, delimiter);
    const count = Math.max(+found, fields?.length ?? 0);
    return note('extraFields', { file: fileName, row, value, found: count, expected: +expected });
  }
  return note('badCsv', { file: fileName, reason: error.split('\n').slice(0, 2).join(' ') });
}
