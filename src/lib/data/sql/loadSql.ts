import type { Delimiter } from '../csvRecords';
import { sqlString, sqlStringList } from './quote';

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

/**
 * One row per non-blank source row, with the roles' text and their parsed values. Not sorted:
 * sorting a million rows cost more than parsing them, and every reader orders or aggregates.
 * Large files are mostly plain numbers and repeated dates, so an amount is first cast directly
 * and only the rest are cleaned, then parsed (see parseMacrosSql); dates are parsed once per
 * distinct text and joined back. The direct cast also takes inf, nan and 1_000, which
 * il_amount_of refuses: those go the slow way too, so both ways agree on every text.
 */
export function parseRowsSql(at: ColumnIndexes, scales: AmountScales = unscaled): string {
  const text = (i: number | null) => (i === null ? 'NULL::VARCHAR' : `nullif(trim(c${i}), '')`);
  const roles = ['sales', 'target', 'refund'] as const;
  const scaled = (role: keyof AmountScales, value: string) =>
    scales[role] === 1 ? value : `round(${value} * ${scales[role]}, 6)`;
  const cast = (role: keyof AmountScales) => `TRY_CAST(${role}_text AS DOUBLE) AS ${role}_cast`;
  const plain = (role: keyof AmountScales) =>
    `CASE WHEN isfinite(${role}_cast) AND NOT contains(${role}_text, '_')
      THEN ${role}_cast END AS ${role}_plain`;
  const clean = (role: keyof AmountScales) =>
    `CASE WHEN ${role}_plain IS NULL THEN il_amount_text(${role}_text) END AS ${role}_clean`;
  const amount = (role: keyof AmountScales) =>
    `CASE WHEN ${role}_plain IS NOT NULL THEN ${scaled(role, `${role}_plain`)}
    ELSE ${scaled(role, `il_amount_of(${role}_clean)`)} END`;
  return `CREATE OR REPLACE TEMP TABLE il_rows AS
WITH texts AS (
  SELECT row_no, ${text(at.rep)} AS rep, ${text(at.date)} AS date_text,
    ${text(at.sales)} AS sales_text, ${text(at.target)} AS target_text,
    ${text(at.refund)} AS refund_text, coalesce(${text(at.status)}, '') AS status
  FROM il_raw
  WHERE coalesce(${text(at.rep)}, ${text(at.date)}, ${text(at.sales)}) IS NOT NULL
), casted AS (
  SELECT *, ${roles.map(cast).join(',\n    ')} FROM texts
), plain AS (
  SELECT *, ${roles.map(plain).join(',\n    ')} FROM casted
), cleaned AS (
  SELECT *, ${roles.map(clean).join(',\n    ')} FROM plain
), days AS (
  SELECT date_text, il_date_of(il_date_text(date_text)) AS period
  FROM (SELECT DISTINCT date_text FROM texts WHERE date_text IS NOT NULL)
)
SELECT c.row_no, c.rep, c.date_text, d.period,
  c.sales_text, ${amount('sales')} AS amount,
  c.target_text, ${amount('target')} AS target,
  c.refund_text, ${amount('refund')} AS refund,
  c.status
FROM cleaned c LEFT JOIN days d ON d.date_text = c.date_text`;
}

/** Distinct statuses with their row counts, most frequent first. */
export function statusCountsSql(): string {
  return `SELECT status AS value, count(*) AS count FROM il_rows
GROUP BY status ORDER BY count DESC, value`;
}

/** The condition for a row to count as a sale: its status is one of `counted`. */
export function countedSql(counted: string[] | null): string {
  return counted === null ? 'true' : `status IN ${sqlStringList(counted)}`;
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
