import { MAX_NEGATIVE_NOTES, PLAUSIBLE_YEARS } from './constants';
import type { Db } from './db';
import { escapeControls, note, type ImportMessage } from './importMessages';
import type { BadValue } from './loadMessages';
import {
  commaCandidatesSql,
  commaColumnSql,
  dotThousandsColumnSql,
  type AmountRole,
} from './sql/decimalCommaSql';
import { countedSql, REP_STATUSES_SQL } from './sql/loadSql';
import { sqlString } from './sql/quote';

/**
 * The date as the file has it. A date read the fast way keeps no text (parseRowsSql): it was
 * written exactly as its value prints, so printing it gives the text back.
 */
const PERIOD_TEXT = `coalesce(date_text, strftime(period, '%Y-%m-%d'))`;

/** A row refused for one value, with its message. */
export type BadRow = BadValue & { message: ImportMessage };

/**
 * Counted rows whose month lies outside PLAUSIBLE_YEARS (a placeholder such as 9999-12-31, or
 * an Excel serial 0 read as 1900): they would stretch the history over centuries of empty months.
 */
export async function dateRangeRows(
  db: Db,
  counted: string[] | null,
  fileName: string,
  column: string,
): Promise<BadRow[]> {
  const { from, to } = PLAUSIBLE_YEARS;
  const rows = await db.query<{ row_no: number; value: string; year: number }>(
    `SELECT row_no, ${PERIOD_TEXT} AS value, CAST(year(period) AS INTEGER) AS year FROM il_rows
WHERE ${countedSql(counted)} AND period IS NOT NULL
  AND (year(period) < ${from} OR year(period) > ${to})
ORDER BY row_no`,
  );
  return rows.map(({ row_no, value, year }) => ({
    row_no,
    role: 'date',
    value,
    // Years are not numbers to group: 1900, not 1,900.
    message: note('dateRange', {
      ...{ file: fileName, row: row_no, column, value },
      ...{ year: String(year), from: String(from), to: String(to) },
    }),
  }));
}

/**
 * The largest amount one row may hold: ten trillion. Beyond it a value is a typo or a
 * placeholder (1e308), and the sums and the simulation's means would overflow to infinity.
 */
export const MAX_ROW_AMOUNT = 1e13;

/** Where each amount role's text sits in il_raw (c<index>), and its header for messages. */
export type AmountColumns = Partial<
  Record<'sales' | 'target' | 'refund', { index: number; header: string }>
>;

const AMOUNTS = { sales: 'amount', target: 'target', refund: 'refund' } as const;

/** Counted rows with an amount that is not finite or over MAX_ROW_AMOUNT, as the file has it. */
export async function amountRangeRows(
  db: Db,
  counted: string[] | null,
  fileName: string,
  columns: AmountColumns,
): Promise<BadRow[]> {
  const roles = (Object.keys(AMOUNTS) as (keyof typeof AMOUNTS)[]).filter((r) => columns[r]);
  if (roles.length === 0) return [];
  const found = roles.map(
    (role) => `SELECT row_no, '${role}' AS role FROM il_rows WHERE ${countedSql(counted)}
  AND (NOT isfinite(${AMOUNTS[role]}) OR abs(${AMOUNTS[role]}) >= ${MAX_ROW_AMOUNT})`,
  );
  const text = roles.map((role) => `WHEN '${role}' THEN trim(w.c${columns[role]?.index})`);
  const rows = await db.query<{ row_no: number; role: keyof typeof AMOUNTS; value: string }>(
    `SELECT b.row_no, b.role, CASE b.role ${text.join(' ')} END AS value
FROM (${found.join('\nUNION ALL ')}) b JOIN il_raw w USING (row_no) ORDER BY b.row_no`,
  );
  return rows.map(({ row_no, role, value }) => ({
    row_no,
    role,
    value,
    message: note('amountRange', {
      ...{ file: fileName, row: row_no, column: columns[role]?.header ?? role, value },
      limit: MAX_ROW_AMOUNT,
    }),
  }));
}

/**
 * Notices for counted rows with negative sales: they stay in, as returns that lower their
 * period's net sales (sales = amount − refund), and the user is told which rows they are.
 */
export async function negativeNotes(
  db: Db,
  counted: string[] | null,
  fileName: string,
  column: string,
  periodHeaders: Record<string, string> = {},
): Promise<ImportMessage[]> {
  // parseRowsSql keeps the text of every negative amount, so the notice quotes the cell as
  // written: -3.5 in a column of 万元, not the -35000 it counts as.
  const rows = await db.query<{
    row_no: number;
    value: string;
    period: string | null;
    total: number;
  }>(
    `SELECT row_no, sales_text AS value, ${PERIOD_TEXT} AS period,
  CAST(count(*) OVER () AS INTEGER) AS total
FROM il_rows WHERE ${countedSql(counted)} AND amount < 0
ORDER BY row_no LIMIT ${MAX_NEGATIVE_NOTES}`,
  );
  const notes = rows.map(({ row_no, value, period }) => {
    const shownColumn = (period !== null && periodHeaders[period]) || column;
    return note('negative', { file: fileName, row: row_no, column: shownColumn, value });
  });
  const more = (rows[0]?.total ?? 0) - rows.length;
  if (more > 0) notes.push(note('moreNegative', { file: fileName, count: more }));
  return notes;
}

/**
 * For a wide sheet (one column per month, unpivoted), the month header the user sees for a
 * sales value, found from the row and the value's period; undefined for other tables.
 */
export async function periodHeaderOf(
  db: Db,
  periodHeaders: Record<string, string> | undefined,
): Promise<(bad: BadValue) => string | undefined> {
  if (!periodHeaders) return () => undefined;

  const rows = await db.query<{ row_no: number; period: string; value: string }>(
    `SELECT row_no, ${PERIOD_TEXT} AS period, coalesce(sales_text, '') AS value FROM il_rows`,
  );
  const key = (row: number, value: string) => `${row}\u0000${value}`;
  const headers = new Map<string, string>();
  for (const { row_no, period, value } of rows) {
    const header = periodHeaders[period];
    if (header !== undefined && !headers.has(key(row_no, value))) {
      headers.set(key(row_no, value), header);
    }
  }
  return (bad) => (bad.role === 'sales' ? headers.get(key(bad.row_no, bad.value)) : undefined);
}

/**
 * Rep names holding control characters (a NUL from a broken export) would reach every chart
 * and export raw: each is rewritten with them spelled out (\u0000) and noted once per name
 * (and il_rep_statuses made again with the new names).
 * Tabs and line ends are left as they are: they show as spaces, and the CSV export
 * neutralises a leading one.
 */
export async function escapeRepNames(
  db: Db,
  fileName: string,
  column: string,
): Promise<ImportMessage[]> {
  // The pattern is tested on each distinct name (il_rep_statuses), not on every row.
  const rows = await db.query<{ row_no: number; rep: string }>(
    `SELECT row_no, rep FROM il_rows WHERE rep IN (
  SELECT rep FROM (SELECT DISTINCT rep FROM il_rep_statuses)
  WHERE regexp_matches(rep, '[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]')
) ORDER BY row_no`,
  );
  const byName = new Map<string, { row_no: number }[]>();
  for (const row of rows) {
    const named = byName.get(row.rep);
    if (named) named.push(row);
    else byName.set(row.rep, [row]);
  }
  const notes: ImportMessage[] = [];

  for (const [rep, named] of byName) {
    const rowList = [...new Set(named.map((r) => r.row_no))].join(', ');
    const written = sqlString(escapeControls(rep, true));
    await db.exec(`UPDATE il_rows SET rep = ${written} WHERE row_no IN (${rowList})`);
    const first = named[0].row_no;
    notes.push(
      note('controlsInRep', {
        file: fileName,
        row: first,
        column,
        value: rep,
        count: named.length,
      }),
    );
  }
  if (byName.size > 0) await db.exec(REP_STATUSES_SQL);
  return notes;
}

/**
 * Above this many counted rows a file is a history whatever its shape: one row per rep is a
 * table of reps, and companies with more reps than this are not the product's users. The check
 * (a distinct count) is skipped there, so a large import pays nothing for it.
 */
const SNAPSHOT_MAX_ROWS = 100_000;

// Dates of when a record was written or changed, not of a sale: ModifiedDate, updated_at, 修改时间.
const auditWords =
  /modified|updated|changed|created|lastedit|timestamp|rowversion|修改|更新|创建|录入/;

export type SnapshotCheck = { error: ImportMessage } | { warning: ImportMessage } | null;

/**
 * One row per rep (every rep a single period): a snapshot of the reps, such as each one's
 * year-to-date sales and annual quota, not a history the simulation can learn from. Refused
 * when the date column is a record stamp (ModifiedDate): the figures are not even of that day,
 * yet each rep's stamp would make its period, so a year-to-date total became one month's sales
 * and the reps' levels followed when their records were last edited. Else imported with a
 * warning (one month of a monthly report is a short history whose figures are of that month).
 */
export async function snapshotCheck(
  db: Db,
  fileName: string,
  counted: string[] | null,
  rows: number,
  dateColumn: string,
): Promise<SnapshotCheck> {
  if (rows > SNAPSHOT_MAX_ROWS || rows < 2) return null;
  const [{ reps }] = await db.query<{ reps: number }>(
    `SELECT count(DISTINCT rep)::INTEGER AS reps FROM il_rows WHERE ${countedSql(counted)}`,
  );
  if (reps !== rows) return null;

  const stamp = auditWords.test(
    dateColumn
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s_-]/g, ''),
  );
  const params = { file: fileName, count: reps, column: dateColumn };
  return stamp ? { error: note('snapshotStamp', params) } : { warning: note('snapshot', params) };
}

/** An amount column read with a decimal comma, and the notice that says so. */
export interface DecimalComma {
  role: AmountRole;
  warning: ImportMessage;
}

/** The delimiters of files whose amounts European spreadsheets write 1.436,50 or 5.659. */
const EUROPEAN_DELIMITERS = new Set([';', '\t']);

/**
 * Amount columns written with a decimal comma (1.436,50 for 1436.5), as European spreadsheets
 * export them: some value is read only that way (a comma before 1, 2 or more than 3 digits, or
 * dots grouping thousands before a comma) and every non-empty value fits it. A column of only
 * 1,234-like values stays read the ordinary way (1234), as does a column mixing 12.5 with 12,5,
 * whose unread values are then reported. Run after parseRowsSql: the first test looks only at
 * the texts it could not read, so an ordinary file costs one pass over few values.
 *
 * The same read (the comma as the point) takes whole amounts whose dots group thousands (5.659
 * for 5659) when the file is ';' or tab separated and every non-empty value of the column has
 * such dot groups and nothing else. Known shortcoming: one value under a thousand (987) makes
 * the column ambiguous, so it keeps the ordinary reading (5.659 as five and a bit) unnoticed.
 */
export async function decideDecimalComma(
  db: Db,
  fileName: string,
  columns: AmountColumns,
  delimiter = ',',
): Promise<DecimalComma[]> {
  const roles = (Object.keys(AMOUNTS) as AmountRole[]).filter((r) => columns[r]);
  if (roles.length === 0) return [];
  const [first] = await db.query<Record<AmountRole, string | null>>(commaCandidatesSql(roles));
  const found: DecimalComma[] = [];
  for (const role of roles) {
    const value = first?.[role];
    const column = columns[role];
    if (!column) continue;
    if (!value) {
      if (EUROPEAN_DELIMITERS.has(delimiter)) {
        const dots = await dotThousands(db, fileName, column);
        if (dots) found.push({ role, warning: dots });
      }
      continue;
    }
    const [seen] = await db.query<{ fits: boolean; number: number }>(
      commaColumnSql(column.index, value),
    );
    if (!seen?.fits) continue;
    const number = String(seen.number);
    const params = { file: fileName, column: column.header, value: value.trim(), number };
    found.push({ role, warning: note('decimalComma', params) });
  }
  return found;
}

/** The notice for a column of only dot-grouped whole amounts (5.659), or null. */
async function dotThousands(
  db: Db,
  fileName: string,
  column: { index: number; header: string },
): Promise<ImportMessage | null> {
  const [seen] = await db.query<{ fits: boolean; value: string; number: number }>(
    dotThousandsColumnSql(column.index),
  );
  if (!seen?.fits) return null;
  const number = String(seen.number);
  return note('dotThousands', { file: fileName, column: column.header, value: seen.value, number });
}
