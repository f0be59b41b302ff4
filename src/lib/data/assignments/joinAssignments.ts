import type { Db } from '../db';
import { note, type ImportMessage } from '../importMessages';
import type { Calendar } from '../sql/periodTotalsSql';
import {
  REP_GROUPS_FILE,
  dropGroupsSql,
  groupTotalsSql,
  repGroupsTableSql,
  repPeriodsSql,
} from './assignmentSql';
import { groupInForce } from './groupInForce';
import type { Assignments, Span } from './readAssignments';
import { assignmentOverview, type AssignmentOverview } from './repGroups';

export interface GroupTotal {
  period: string;
  /** Null for the reps without an assignment in the period. */
  group: string | null;
  sales: number;
  target: number | null;
  reps: number;
}

export interface AssignmentJoin {
  /** The assignment file, or the sales file whose own `column` gave the groups. */
  fileName: string;
  column?: string;
  calendar: Calendar;
  overview: AssignmentOverview;
  totals: GroupTotal[];
  /** Rep-periods of the loaded data with no group. */
  unassigned: number;
  warnings: ImportMessage[];
}

export type JoinOutcome =
  { ok: true; join: AssignmentJoin } | { ok: false; errors: ImportMessage[] };

interface RepPeriod {
  rep: string;
  day: string;
  label: string;
  from: number;
  to: number;
}

/**
 * Gives every rep and period of the loaded `sales` the group in force then (groupInForce), in
 * the table REP_GROUPS that the export and the totals read. Fails, leaving `sales` and any
 * earlier groups as they were, when nothing is loaded or no rep of the file is in the data.
 */
export async function joinAssignments(
  db: Db,
  assignments: Assignments,
  calendar: Calendar,
): Promise<JoinOutcome> {
  const file = assignments.fileName;
  const periods = await db.query<RepPeriod>(repPeriodsSql(calendar));
  if (periods.length === 0) return { ok: false, errors: [note('assignNoData', { file })] };

  const byRep = new Map<string, Span[]>();
  for (const span of assignments.spans) {
    byRep.set(span.rep, [...(byRep.get(span.rep) ?? []), span]);
  }
  const loaded = new Set(periods.map((p) => p.rep));
  const unused = [...byRep.keys()].filter((rep) => !loaded.has(rep));
  const hint = caseHint(file, unused, loaded);
  if (unused.length === byRep.size) {
    const errors = [note('assignNoReps', { file, count: byRep.size, reps: unused }), ...hint];
    return { ok: false, errors };
  }

  const lines = ['rep,day,grp'];
  const unassigned = new Map<string, Set<string>>();
  for (const p of periods) {
    const group = groupInForce(byRep.get(p.rep) ?? [], p.from, p.to);
    if (group === null) unassigned.set(p.rep, (unassigned.get(p.rep) ?? new Set()).add(p.label));
    lines.push([quote(p.rep), p.day, group === null ? '' : quote(group)].join(','));
  }
  await db.registerText(REP_GROUPS_FILE, `${lines.join('\n')}\n`);
  // The assignment file's groups replace those of the sales file's own column, if it had one.
  for (const sql of dropGroupsSql) await db.exec(sql);
  await db.exec(repGroupsTableSql);

  const count = [...unassigned.values()].reduce((sum, labels) => sum + labels.size, 0);
  const warnings: ImportMessage[] = [];
  if (count > 0) {
    const reps = [...unassigned.keys()];
    warnings.push(note('assignUnassigned', { file, count, reps }));
  }
  if (unused.length > 0) {
    warnings.push(note('assignUnused', { file, count: unused.length, reps: unused }), ...hint);
  }

  const totals = await db.query<GroupTotal>(groupTotalsSql(calendar));
  const overview = assignmentOverview(assignments.spans);
  return {
    ok: true,
    join: { fileName: file, calendar, overview, totals, unassigned: count, warnings },
  };
}

/**
 * Reps are matched exactly (ids and names are the user's own); a rep that would match one of the
 * data with case and spaces ignored ("ANDRIA KIMPTON", "Andria Kimpton") is pointed out.
 */
function caseHint(file: string, unused: string[], loaded: Set<string>): ImportMessage[] {
  const loose = (rep: string) => rep.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const byLoose = new Map([...loaded].map((rep) => [loose(rep), rep]));
  const pairs = unused.flatMap((rep) => {
    const other = byLoose.get(loose(rep));
    return other === undefined ? [] : [{ rep, other }];
  });
  if (pairs.length === 0) return [];
  const [{ rep, other }] = pairs;
  return [note('assignCase', { file, count: pairs.length, rep, other })];
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}
