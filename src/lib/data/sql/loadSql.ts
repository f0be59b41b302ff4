import type { Delimiter } from '../csvRecords';
import { commaAmountSql } from './decimalCommaSql';
import { sqlString, sqlStringList } from './quote';
import { trimmedSql } from './trimmedSql';

/** Source column positions of the roles; optional roles may be absent. */
export interface ColumnIndexes {
  rep: number;
  date: number;
  sales: number;
  target: number | null;
  status: number | null;
  refund: number | null;
}

/** Where a row's number comes from: its place below a header on line 1 + `offset`, or c0. */
export type RowNumbering = { offset: number } | 'first-column';

/**
 * Reads a registered CSV as text only, columns named c0, c1, … by position so that any header
 * (duplicates, Chinese, brackets) is safe. Short rows are padded; the serial reader is needed for
 * quoted line breaks with padding. The rows keep the file's order (see rawViewSql).
 */
export function readCsvSql(file: string, delimiter: Delimiter, columnCount: number): string {
  const columns = Array.from({ length: columnCount }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  return `CREATE OR REPLACE TEMP TABLE il_csv AS
SELECT * FROM read_csv(${sqlString(file)}, auto_detect = false, header = true,
  delim = ${sqlString(delimiter)}, quote = '"', escape = '"', null_padding = true,
  parallel = false, columns = {${columns}})`;
}

/**
 * The view `il_raw`: the read rows with their `row_no`, counting the header as row 1 + offset
 * and skipping blank lines; a workbook's grid carries the sheet's own row numbers in c0 instead.
 * The row id of a table filled by one serial insert is its order in the file, so numbering costs
 * nothing, where a row_number() window over a million rows took a third of the read.
 */
export function rawViewSql(numbering: RowNumbering = { offset: 0 }): string {
  const rowNo =
    numbering === 'first-column' ? 'CAST(c0 AS INTEGER)' : `rowid + ${2 + numbering.offset}`;
  return `CREATE OR REPLACE TEMP VIEW il_raw AS SELECT ${rowNo} AS row_no, * FROM il_csv`;
}

/** Multipliers from units in the headers, e.g. 10⁴ for 销售额（万元）; 1 when none. */
export type AmountScales = Record<'sales' | 'target' | 'refund', number>;

const unscaled: AmountScales = { sales: 1, target: 1, refund: 1 };

/** 'general' reads every value the general way: the reference the fast path is tested against. */
export type ParsePath = 'fast' | 'general';

/**
 * One row per non-blank source row with its parsed values, in file order (nothing sorts: sorting
 * a million rows cost more than parsing them; readers order or aggregate, tests read in order).
 *
 * Large files are mostly canonical texts, so each value is first read the fast way and the
 * general clean-up and parse (parseMacrosSql) runs only where that fails: an amount is cast
 * directly (kept unless it gave inf/nan or the text has an `_`, which DuckDB reads as 1_000 and
 * il_amount_of refuses), a date when it prints back as exactly its text (2024-01-31) in
 * 1900–2100. Other dates (2024/1/31, May 31 2011) are parsed once per distinct text by a second
 * statement, an update: a join there reordered the rows. A role's text is kept only where its
 * fast read failed (and the amount's on rows with neither rep nor date, which may be a total,
 * and on negative amounts, whose notice quotes the cell as written, not scaled by a unit such as
 * 万元): the messages quote no other, and storing a million texts took a third of the parse.
 *
 * A role in `decimalComma` (decideDecimalComma) has no fast read, which would take 1.436 for
 * one and a half thousandths; its every text is cleaned and read with the comma as the point.
 */
export function parseRowsSql(
  at: ColumnIndexes,
  scales: AmountScales = unscaled,
  path: ParsePath = 'fast',
  decimalComma: ReadonlySet<keyof AmountScales> = new Set(),
): string {
  const raw = (i: number | null) => (i === null ? 'NULL::VARCHAR' : `c${i}`);
  const text = (i: number | null) => (i === null ? 'NULL::VARCHAR' : trimmedSql(`c${i}`));
  const roles = ['sales', 'target', 'refund'] as const;
  const scaled = (role: keyof AmountScales, value: string) =>
    scales[role] === 1 ? value : `round(${value} * ${scales[role]}, 6)`;
  const tryCast = (i: number | null, type: 'DATE' | 'DOUBLE', slow = false) =>
    path === 'fast' && !slow ? `TRY_CAST(${raw(i)} AS ${type})` : `NULL::${type}`;
  const cast = (role: keyof AmountScales) =>
    `${raw(at[role])} AS ${role}_raw,
    ${tryCast(at[role], 'DOUBLE', decimalComma.has(role))} AS ${role}_cast`;
  const fast = (role: keyof AmountScales) =>
    `CASE WHEN isfinite(${role}_cast) AND NOT contains(${role}_raw, '_')
      THEN ${role}_cast END AS ${role}_fast`;
  const kept = (role: keyof AmountScales, extra = '') =>
    `CASE WHEN ${role}_fast IS NULL${extra} THEN nullif(trim(${role}_raw), '') END AS ${role}_text`;
  const cleaned = (role: keyof AmountScales) =>
    decimalComma.has(role)
      ? commaAmountSql(`il_amount_text(${role}_text)`)
      : `il_amount_of(il_amount_text(${role}_text))`;
  const amount = (role: keyof AmountScales) =>
    `coalesce(${scaled(role, `${role}_fast`)},
    ${scaled(role, cleaned(role))})`;
  return `CREATE OR REPLACE TEMP TABLE il_rows AS
WITH casted AS (
  SELECT row_no, ${text(at.rep)} AS rep, coalesce(${text(at.status)}, '') AS status,
    ${raw(at.date)} AS date_raw, ${tryCast(at.date, 'DATE')} AS date_cast,
    ${roles.map(cast).join(',\n    ')}
  FROM il_raw
  WHERE coalesce(${text(at.rep)}, ${text(at.date)}, ${text(at.sales)}) IS NOT NULL
), fast AS (
  SELECT *, CASE WHEN CAST(date_cast AS VARCHAR) = date_raw
      AND year(date_cast) BETWEEN 1900 AND 2100 THEN date_cast END AS date_fast,
    ${roles.map(fast).join(',\n    ')}
  FROM casted
), texts AS (
  SELECT row_no, rep, status, date_fast, sales_fast, target_fast, refund_fast,
    CASE WHEN date_fast IS NULL THEN nullif(trim(date_raw), '') END AS date_text,
    ${kept('sales', ' OR (rep IS NULL AND date_fast IS NULL) OR sales_fast < 0')},
    ${kept('target')},
    ${kept('refund')}
  FROM fast
)
SELECT row_no, rep, date_text, date_fast AS period,
  sales_text, ${amount('sales')} AS amount,
  target_text, ${amount('target')} AS target,
  refund_text, ${amount('refund')} AS refund,
  status
FROM texts;
UPDATE il_rows SET period = d.period
FROM (
  SELECT date_text, il_date_of(il_date_text(date_text)) AS period
  FROM (SELECT DISTINCT date_text FROM il_rows WHERE date_text IS NOT NULL)
) d
WHERE il_rows.date_text = d.date_text`;
}

/**
 * `il_rep_statuses(rep, status, n)`: the rows of il_rows counted by rep and status, a few hundred
 * rows in place of a million for the checks that look at reps and statuses (total rows, control
 * characters, status counts, reps left without counted rows). Grouping il_rows once took 57 ms
 * on a million rows; each of those checks took 40-80 ms on its own. Made again whenever rows
 * leave il_rows or a rep is renamed, so that it always counts what il_rows holds.
 */
export const REP_STATUSES_SQL = `CREATE OR REPLACE TEMP TABLE il_rep_statuses AS
SELECT rep, status, count(*) AS n FROM il_rows GROUP BY rep, status`;

/** Distinct statuses with their row counts, most frequent first (from il_rep_statuses). */
export function statusCountsSql(): string {
  return `SELECT status AS value, sum(n)::BIGINT AS count FROM il_rep_statuses
GROUP BY status ORDER BY count DESC, value`;
}

/** The condition for a row to count as a sale: its status is one of `counted`. */
export function countedSql(counted: string[] | null): string {
  return counted === null ? 'true' : `status IN ${sqlStringList(counted)}`;
}

/**
 * Reps all of whose rows have a status left out, by name: they have nothing to fit
 * (from il_rep_statuses).
 */
export function uncountedRepsSql(counted: string[]): string {
  return `SELECT rep FROM il_rep_statuses WHERE rep IS NOT NULL
GROUP BY rep HAVING NOT coalesce(bool_or(${countedSql(counted)}), false) ORDER BY rep`;
}

/** Values that cannot be read, in counted rows only: (row_no, role, value), first `limit`. */
export function badValuesSql(counted: string[] | null, limit: number): string {
  const where = countedSql(counted);
  return `SELECT row_no, role, value, count(*) OVER () AS total FROM (
  SELECT row_no, 'rep' AS role, '' AS value FROM il_rows WHERE ${where} AND rep IS NULL
  UNION ALL SELECT row_no, 'date', coalesce(date_text, '') FROM il_rows
    WHERE ${where} AND period IS NULL
  UNION ALL SELECT row_no, 'sales', coalesce(sales_text, '') FROM il_rows
    WHERE ${where} AND amount IS NULL
  UNION ALL SELECT row_no, 'target', target_text FROM il_rows
    WHERE ${where} AND target_text IS NOT NULL AND target IS NULL
  UNION ALL SELECT row_no, 'refund', refund_text FROM il_rows
    WHERE ${where} AND refund_text IS NOT NULL AND refund IS NULL
)
ORDER BY row_no, role
LIMIT ${limit}`;
}

/** The table calibration reads: net sales (amount less refund) of the counted rows. */
export function salesTableSql(counted: string[] | null): string {
  return `CREATE OR REPLACE TABLE sales AS
SELECT rep, period, amount - coalesce(refund, 0) AS sales, target
FROM il_rows
WHERE ${countedSql(counted)}`;
}
