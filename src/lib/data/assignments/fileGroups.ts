import type { Db } from '../db';
import { note, type ImportMessage } from '../importMessages';
import type { Calendar } from '../sql/periodTotalsSql';
import {
  GROUP_COLUMN,
  groupColumnSql,
  groupRunsSql,
  groupTotalsSql,
  hasTableSql,
  unassignedSql,
} from './assignmentSql';
import type { AssignmentJoin, GroupTotal } from './joinAssignments';
import type { Span } from './readAssignments';
import { assignmentOverview } from './repGroups';

const DAY_MS = 86_400_000;

/**
 * The groups a sales file's own column gave its rows (see rowGroupsSql), described as a joined
 * assignment file is: each rep's group over time (a run of days in one group is a span, the
 * last one open), totals per period and group, and the rep-periods with rows of no group. Null
 * when the loaded file had no group column, or an assignment file replaced its groups.
 */
export async function fileGroups(
  db: Db,
  fileName: string,
  calendar: Calendar,
): Promise<AssignmentJoin | null> {
  const [{ n }] = await db.query<{ n: number }>(hasTableSql(GROUP_COLUMN));
  if (n === 0) return null;
  const [{ header }] = await db.query<{ header: string }>(groupColumnSql);

  const runs = await db.query<{ rep: string; grp: string; start: string }>(groupRunsSql);
  const spans: Span[] = runs.map((run, i) => {
    const next = runs[i + 1];
    const start = Date.parse(`${run.start}T00:00:00Z`) / DAY_MS;
    const end =
      next && next.rep === run.rep ? Date.parse(`${next.start}T00:00:00Z`) / DAY_MS - 1 : null;
    return { rep: run.rep, group: run.grp, start, end, row: 0 };
  });

  const totals = await db.query<GroupTotal>(groupTotalsSql(calendar));
  const none = await db.query<{ rep: string; label: string }>(unassignedSql(calendar));
  const warnings: ImportMessage[] = [];
  if (none.length > 0) {
    const reps = [...new Set(none.map((r) => r.rep))];
    warnings.push(note('assignUnassigned', { file: fileName, count: none.length, reps }));
  }

  return {
    fileName,
    column: header,
    calendar,
    overview: assignmentOverview(spans),
    totals,
    unassigned: none.length,
    warnings,
  };
}
