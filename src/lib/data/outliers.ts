import { OUTLIER_RULE } from './constants';
import type { Db } from './db';
import { note, type ImportMessage } from './importMessages';
import { periodLabel } from './sql/historySql';
import type { Grain } from './types';

/**
 * The rep-periods of `cal_used` with sales far from their rep's median (OUTLIER_RULE), the
 * farthest first, with that median. Zero periods are not outliers: the fit counts them apart.
 */
export function outliersSql(label: (date: string) => string): string {
  const { ratio, mads, minPeriods } = OUTLIER_RULE;
  return `WITH logs AS (
  SELECT rep, period, sales, ln(sales) AS l FROM cal_used WHERE sales > 0
), centre AS (
  SELECT rep, median(l) AS m, count(*) AS n FROM logs GROUP BY rep
), spread AS (
  SELECT g.rep, median(abs(g.l - c.m)) AS mad FROM logs g JOIN centre c ON c.rep = g.rep
  GROUP BY g.rep
)
SELECT g.rep, ${label('g.period')} AS period, g.sales, exp(c.m) AS median
FROM logs g JOIN centre c ON c.rep = g.rep JOIN spread s ON s.rep = g.rep
WHERE c.n >= ${minPeriods}
  AND abs(g.l - c.m) > greatest(ln(${ratio}), ${mads} * 1.4826 * s.mad)
ORDER BY abs(g.l - c.m) DESC, g.rep, g.period`;
}

interface Outlier {
  rep: string;
  period: string;
  sales: number;
  median: number;
}

const amount = (value: number) => Math.round(value).toLocaleString('en-US');

/**
 * A note naming the periods whose sales lie far from their rep's usual sales (a typing slip, a
 * one-off deal, a refund booked as a sale), which pull the fitted level and volatility and so
 * every interval and target after them; none when there are none. Run after usedSql.
 */
export async function outlierNote(
  db: Db,
  grain: Grain,
  fiscalStart: number,
): Promise<ImportMessage[]> {
  const label = (date: string) => periodLabel(grain, fiscalStart, date);
  const rows = await db.query<Outlier>(outliersSql(label));
  if (rows.length === 0) return [];
  const periods = rows.map(
    (row) => `${row.rep} ${row.period}: ${amount(row.sales)} (${amount(row.median)})`,
  );
  return [note('outliers', { count: rows.length, periods })];
}
