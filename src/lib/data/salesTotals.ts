import type { Db } from './db';

export interface SalesTotals {
  rows: number;
  sales: number;
  /** Null when no row has a target. */
  target: number | null;
  /** Rows with a target, and those whose sales reached it. */
  withTarget: number;
  met: number;
}

export const salesTotalsSql = `SELECT count(*) AS rows, coalesce(sum(sales), 0) AS sales,
  sum(target) AS target, count(target) AS "withTarget",
  count(*) FILTER (WHERE target IS NOT NULL AND sales >= target) AS met
FROM sales`;

/** What the imported table adds up to, for the user to check against the source. */
export async function salesTotals(db: Db): Promise<SalesTotals> {
  const [totals] = await db.query<SalesTotals>(salesTotalsSql);
  return totals;
}
