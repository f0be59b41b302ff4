import { noteLines } from './cliNotes';
import type { AssignmentMapping } from '../lib/data/assignments/assignmentColumns';
import type { AssignmentJoin, GroupTotal } from '../lib/data/assignments/joinAssignments';
import type { Span } from '../lib/data/assignments/readAssignments';
import {
  assignmentOverview,
  type AssignmentOverview,
  type RepGroups,
} from '../lib/data/assignments/repGroups';

/**
 * What `npm run data` prints of groups: an assignment file alone or joined with --assign, or a
 * sales file's own group column (`column`; then `mapping` and `spans` are null).
 */
export interface AssignmentReport {
  file: string;
  column: string | null;
  mapping: AssignmentMapping | null;
  spans: number | null;
  groups: string[];
  moves: number;
  /** Spans without an end date. */
  open: number;
  reps: RepGroups[];
  /** With --assign: rep-periods without a group, and sales and target per period and group. */
  unassigned: number | null;
  totals: GroupTotal[] | null;
  warnings: string[];
}

/** The report of a file read alone (`join` absent) or joined to the sales. */
export function assignmentReport(
  file: string,
  mapping: AssignmentMapping,
  spans: Span[],
  join?: AssignmentJoin,
): AssignmentReport {
  const overview = join?.overview ?? assignmentOverview(spans);
  return {
    ...columnReport(file, overview, join),
    column: null,
    mapping,
    spans: spans.length,
  };
}

/** The report of the groups a sales file's own column gave (fileGroups). */
export function columnGroupsReport(join: AssignmentJoin): AssignmentReport {
  return { ...columnReport(join.fileName, join.overview, join), spans: null, mapping: null };
}

function columnReport(
  file: string,
  overview: AssignmentOverview,
  join?: AssignmentJoin,
): Omit<AssignmentReport, 'mapping' | 'spans'> {
  return {
    file,
    column: join?.column ?? null,
    groups: overview.groups,
    moves: overview.moves,
    open: overview.open,
    reps: overview.reps,
    unassigned: join?.unassigned ?? null,
    totals: join?.totals ?? null,
    warnings: noteLines(join?.warnings ?? []),
  };
}

const money = (value: number | null) =>
  value === null
    ? '-'
    : value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The report as text: what the file is, each rep's group now and moves, and any totals. */
export function assignmentText(report: AssignmentReport): string {
  const { mapping } = report;
  const lines: string[] = [];
  if (mapping) {
    const end = mapping.end ? `, end = "${mapping.end}"` : ', no end column';
    const { rep, group, start } = mapping;
    const columns = `rep = "${rep}", group = "${group}", start = "${start}"`;
    lines.push(
      `assignments: ${report.file} (which group each rep was in when; not sales)`,
      `  columns: ${columns}${end}`,
      `  spans: ${report.spans}, reps: ${report.reps.length}, groups: ${report.groups.length}, ` +
        `moves: ${report.moves}, open spans (no end date): ${report.open}`,
    );
  } else {
    lines.push(
      `groups: column "${report.column}" of ${report.file} (each rep and day in the group of ` +
        'its rows; with several, the one with the most sales)',
      `  reps: ${report.reps.length}, groups: ${report.groups.length}, moves: ${report.moves}`,
    );
  }
  for (const r of report.reps) {
    const held = r.until === null ? `since ${r.since}` : `${r.since} to ${r.until}`;
    const moves = r.moves.map((m) => `${m.from} -> ${m.to} on ${m.on}`).join('; ');
    lines.push(`  rep ${r.rep}: ${r.current} (${held})${moves ? `; moved ${moves}` : ''}`);
  }

  if (report.totals) {
    lines.push(`  rep-periods unassigned: ${report.unassigned ?? 0}`);
    const width = Math.max(6, ...report.totals.map((t) => t.period.length));
    const groupWidth = Math.max(10, ...report.totals.map((t) => (t.group ?? '').length));
    const head = `${'period'.padEnd(width)}  ${'group'.padEnd(groupWidth)}  ${'reps'.padStart(4)}`;
    lines.push(`  ${head}  ${'sales'.padStart(16)}  ${'target'.padStart(16)}`);
    for (const t of report.totals) {
      const group = (t.group ?? 'unassigned').padEnd(groupWidth);
      const cells = `${t.period.padEnd(width)}  ${group}  ${String(t.reps).padStart(4)}`;
      lines.push(`  ${cells}  ${money(t.sales).padStart(16)}  ${money(t.target).padStart(16)}`);
    }
  } else if (mapping) {
    lines.push(`To total sales by group: npm run data -- SALES.csv --assign ${report.file}`);
  }
  for (const warning of report.warnings) lines.push(`warning: ${warning}`);
  return lines.join('\n');
}
