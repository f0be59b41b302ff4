import type { Span } from './readAssignments';
import { isoDay } from './spanDates';

/** One rep's groups over time: the one held now (the open or the latest span) and the moves. */
export interface RepGroups {
  rep: string;
  /** The group of the latest span, held from `since` until `until` (null: still there). */
  current: string;
  since: string;
  until: string | null;
  moves: { from: string; to: string; on: string }[];
}

export interface AssignmentOverview {
  reps: RepGroups[];
  groups: string[];
  /** Changes of group, over all reps. */
  moves: number;
  /** Spans without an end. */
  open: number;
}

/** What an assignment file says, rep by rep, in the order of readAssignments' spans. */
export function assignmentOverview(spans: Span[]): AssignmentOverview {
  const byRep = new Map<string, Span[]>();
  for (const span of spans) byRep.set(span.rep, [...(byRep.get(span.rep) ?? []), span]);

  const reps = [...byRep].map(([rep, own]): RepGroups => {
    const last = own[own.length - 1];
    const moves = own.slice(1).flatMap((span, i) => {
      const before = own[i];
      return before.group === span.group
        ? []
        : [{ from: before.group, to: span.group, on: isoDay(span.start) }];
    });
    const until = last.end === null ? null : isoDay(last.end);
    return { rep, current: last.group, since: isoDay(sinceOf(own)), until, moves };
  });

  return {
    reps,
    groups: [...new Set(spans.map((s) => s.group))].sort(compareNames),
    moves: reps.reduce((sum, r) => sum + r.moves.length, 0),
    open: spans.filter((s) => s.end === null).length,
  };
}

/** The first day of the latest unbroken run of spans in the rep's current group. */
function sinceOf(own: Span[]): number {
  let i = own.length - 1;
  const joined = (a: Span, b: Span) => a.group === b.group && a.end === b.start - 1;
  while (i > 0 && joined(own[i - 1], own[i])) i -= 1;
  return own[i].start;
}

/** Numbers in numeric order (territory 2 before 10), other names as text. */
export function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
