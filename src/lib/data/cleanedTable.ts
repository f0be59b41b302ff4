import type { Db } from './db';

export interface CleanedTable {
  header: string[];
  rows: (string | number | null)[][];
}

/** The SQL of the cleaned table as it is exported: one row per rep and period, in order. */
export const cleanedTableSql = `SELECT rep, strftime(period, '%Y-%m-%d') AS period, sales, target
FROM sales ORDER BY rep, period`;

/**
 * The table `sales` as the import left it (counted rows only, refunds netted, dates as days),
 * for export. Rep ids stay text, so leading zeros survive the round trip.
 */
export async function cleanedTable(db: Db): Promise<CleanedTable> {
  const rows = await db.query<{
    rep: string;
    period: string;
    sales: number;
    target: number | null;
  }>(cleanedTableSql);
  return {
    header: ['rep', 'period', 'sales', 'target'],
    rows: rows.map((r) => [
      r.rep,
      r.period,
      shown(r.sales),
      r.target === null ? null : shown(r.target),
    ]),
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
