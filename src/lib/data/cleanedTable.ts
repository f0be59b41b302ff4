import { hasRepGroupsSql, salesWithGroupSql } from './assignments/assignmentSql';
import type { Db } from './db';

export interface CleanedTable {
  header: string[];
  rows: (string | number | null)[][];
}

/** The SQL of the cleaned table as it is exported: one row per rep and period, in order. */
export const cleanedTableSql = `SELECT rep, strftime(period, '%Y-%m-%d') AS period, sales, target
FROM sales ORDER BY rep, period`;

/** The same with each row's group, once an assignment file was joined (joinAssignments). */
const groupedTableSql = `SELECT rep, strftime(period, '%Y-%m-%d') AS period, sales, target, grp
FROM (${salesWithGroupSql}) ORDER BY rep, period`;

/**
 * The table `sales` as the import left it (counted rows only, refunds netted, dates as days),
 * for export, with a group column when an assignment file was joined (empty: unassigned). Rep
 * ids stay text, so leading zeros survive the round trip.
 */
export async function cleanedTable(db: Db): Promise<CleanedTable> {
  const [{ n }] = await db.query<{ n: number }>(hasRepGroupsSql);
  const rows = await db.query<{
    rep: string;
    period: string;
    sales: number;
    target: number | null;
    grp?: string | null;
  }>(n > 0 ? groupedTableSql : cleanedTableSql);
  const amounts = (r: (typeof rows)[number]) => [
    r.rep,
    r.period,
    shown(r.sales),
    r.target === null ? null : shown(r.target),
  ];
  if (n === 0) return { header: ['rep', 'period', 'sales', 'target'], rows: rows.map(amounts) };
  return {
    header: ['rep', 'period', 'sales', 'target', 'group'],
    rows: rows.map((r) => [...amounts(r), r.grp ?? null]),
  };
}

/**
 * The amount with at most 15 significant digits, as a spreadsheet shows it: netting a refund
 * (0.3 − 0.1) or a workbook's stored double (333.99899999999997 for 333.999) carries binary
 * noise in the 17th digit that the source never had. Number() drops the trailing zeros.
 */
function shown(amount: number): number {
  return Number(amount.toPrecision(15));
}
