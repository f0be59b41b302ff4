import type { Span } from './readAssignments';
import { isoDay } from './spanDates';

/** One rep's groups over time: the one held now (the open or the latest span) and the moves. */
export interface RepGroups {
  rep: string;
  current: string;
  /** True when the latest span has no end (the rep is still there). */
  open: boolean;
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
    return { rep, current: last.group, open: last.end === null, moves };
  });

  return {
    reps,
    groups: [...new Set(spans.map((s) => s.group))].sort(compareNames),
    moves: reps.reduce((sum, r) => sum + r.moves.length, 0),
    open: spans.filter((s) => s.end === null).length,
  };
}

/** Numbers in numeric order (territory 2 before 10), other names as text. */
export function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
