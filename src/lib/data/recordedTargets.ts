import type { Db } from './db';
import { note, type ImportMessage } from './importMessages';

/**
 * The accuracy of the targets the history records, by the definitions the simulation uses for its
 * own (summed over rep-periods with a target and sales above zero): mean of |X − Y| / Y, mean of
 * (X − Y) / Y, and the periods where sales reached the target. Over `cal_whole`, the periods
 * of the reps the calibration fits, ramp-ups included: they are what the company's targets met
 * (a period the data covers in part would be measured against a whole period's target).
 */
export const recordedTargetsSql = `SELECT count(*)::INTEGER AS periods,
  count(*) FILTER (WHERE sales >= target)::INTEGER AS met,
  avg(abs(target - sales) / sales) AS mape, avg((target - sales) / sales) AS bias
FROM cal_whole WHERE target IS NOT NULL AND sales > 0`;

interface Accuracy {
  periods: number;
  met: number;
  mape: number | null;
  bias: number | null;
}

/**
 * The note that states how far the file's own targets were from its sales, so that the schemes'
 * simulated target error can be set against what the company does now; none without targets.
 * Run after leavePartialPeriods has made `cal_whole`.
 */
export async function recordedTargetsNote(db: Db): Promise<ImportMessage[]> {
  const [row] = await db.query<Accuracy>(recordedTargetsSql);
  if (!row || row.periods === 0 || row.mape === null || row.bias === null) return [];
  return [
    note('recordedTargets', {
      mape: percent(row.mape),
      bias: `${row.bias >= 0 ? '+' : '−'}${percent(Math.abs(row.bias))}`,
      met: row.met,
      count: row.periods,
    }),
  ];
}

function percent(share: number): string {
  return `${(100 * share).toFixed(1)}%`;
}
