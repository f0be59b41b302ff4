import type { Db } from './db';
import type { Span } from './grain';
import { note, type ImportMessage } from './importMessages';
import { periodLabel } from './sql/historySql';
import { partialSql, wholeSql } from './sql/partialSql';
import type { Grain } from './types';

interface Partial {
  side: 'first' | 'last';
  start: string;
  label: string;
  day: string;
  covered: number;
  days: number;
}

/**
 * Makes `cal_whole`, the periods the fit reads: `cal_obs` without a first or last period the
 * data covers only in part (partialSql), each named in a note; the history still shows them.
 * Run after periodsSql.
 */
export async function leavePartialPeriods(
  db: Db,
  grain: Grain,
  fiscalStart: number,
  span: Pick<Span, 'monthly' | 'quarterly'>,
): Promise<ImportMessage[]> {
  await db.exec(partialSql(grain, span.monthly, span.quarterly));
  const rows = await db.query<Partial>(
    `SELECT side, strftime(period, '%Y-%m-%d') AS start,
  ${periodLabel(grain, fiscalStart, 'period')} AS label, strftime(day, '%Y-%m-%d') AS day,
  covered, days
FROM cal_partial ORDER BY period`,
  );
  await db.exec(wholeSql(rows.map((row) => row.start)));
  return rows.map((row) =>
    note(row.side === 'first' ? 'partialFirst' : 'partialLast', {
      period: row.label,
      date: row.day,
      covered: String(row.covered),
      days: String(row.days),
    }),
  );
}
