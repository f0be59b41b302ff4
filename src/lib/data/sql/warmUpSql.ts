import { dateOrderSql, duplicateRowsSql, irregularMonthsSql, totalRowsSql } from './checkSql';
import {
  badValuesSql,
  parseRowsSql,
  rawViewSql,
  readCsvSql,
  REP_STATUSES_SQL,
  statusCountsSql,
  uncountedRepsSql,
} from './loadSql';
import { parseMacrosSql } from './parseMacrosSql';
import { sqlString } from './quote';

/**
 * An import of `rows` made-up order lines (rep, day, amount, status, as sales systems export
 * them), statement by statement as load.ts runs them, ending in a TEMP `sales` for calibrate.
 * DuckDB writes the CSV itself, so the page builds no text. Every table, view and macro is TEMP:
 * run on a connection of its own, it touches nothing another connection sees.
 */
export function warmUpSql(file: string, rows: number): string[] {
  const day = "strftime(DATE '2021-01-01' + ((i * 7919) % 1095)::INTEGER, '%Y-%m-%d')";
  const amount = '(50 + ((i * 104729) % 20000) / 10)::DECIMAL(10, 2)::VARCHAR';
  const status = "CASE WHEN i % 50 = 0 THEN 'cancelled' ELSE 'shipped' END";
  return [
    `COPY (SELECT 'R' || lpad((i % 500)::VARCHAR, 3, '0') AS rep, ${day} AS order_date,
  ${amount} AS amount, ${status} AS status FROM range(${rows}) t(i))
TO ${sqlString(file)} (FORMAT csv, HEADER, USE_TMP_FILE false)`,
    ...parseMacrosSql({}),
    readCsvSql(file, ',', 4),
    rawViewSql(),
    dateOrderSql(1),
    parseRowsSql({ rep: 0, date: 1, sales: 2, target: null, status: 3, refund: null }),
    REP_STATUSES_SQL,
    totalRowsSql(),
    duplicateRowsSql(0, 4),
    statusCountsSql(),
    badValuesSql(['shipped'], 1000),
    irregularMonthsSql(),
    uncountedRepsSql(['shipped']),
    `CREATE OR REPLACE TEMP TABLE sales AS
SELECT rep, period, amount - coalesce(refund, 0) AS sales, target FROM il_rows
WHERE status = 'shipped'`,
  ];
}
