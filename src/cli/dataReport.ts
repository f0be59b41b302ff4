import type { ColumnMapping } from '../lib/data/columns';
import type { Grain } from '../lib/data/types';
import type { Calendar } from '../lib/data/sql/periodTotalsSql';
import { assignmentText, type AssignmentReport } from './assignmentReport';
import type { SkippedRow } from '../lib/data/skippedRows';

/** What `npm run data -- --json` prints: one object, the same fields on success and failure. */
export interface DataReport {
  file: string;
  sheet: string | null;
  encoding: string | null;
  rows: number;
  skipped: Omit<SkippedRow, 'message'>[];
  reps: string[];
  periods: string[];
  /** What a period is, and whether the file's dates chose it (no --period); null on failure. */
  period: { unit: Calendar['unit']; detected: boolean } | null;
  mapping: ColumnMapping | null;
  /** Per period label; a period without any target has null. */
  totalSales: Record<string, number>;
  totalTarget: Record<string, number | null>;
  /** The periods the app and `simulate --data` fit (calibrate.ts), which may be shorter. */
  fit: { grain: Grain; periods: number; first: string; last: string } | null;
  /** The --assign file joined to the sales: groups and totals per period and group. */
  assignments: AssignmentReport | null;
  warnings: string[];
  errors: string[];
}

const money = (value: number) =>
  value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The same report as text for a terminal. */
export function dataText(report: DataReport): string {
  const lines = [`file: ${report.file}${report.sheet ? `, sheet "${report.sheet}"` : ''}`];
  if (report.encoding) lines.push(`encoding: ${report.encoding}`);
  if (report.mapping) {
    const pairs = Object.entries(report.mapping).filter(([, header]) => header !== null);
    lines.push(`columns: ${pairs.map(([role, header]) => `${role} = "${header}"`).join(', ')}`);
  }
  lines.push(`rows read: ${report.rows}, skipped: ${report.skipped.length}`);
  for (const s of report.skipped) {
    lines.push(`  skipped row ${s.row}, column "${s.column}", value "${s.value}": ${s.reason}`);
  }
  // The totals' periods, which need not be the fit's: a daily file is totalled by month.
  const totalled = `periods totalled below: ${report.periods.length}${unitText(report)}`;
  lines.push(`reps: ${report.reps.length}`, totalled);
  if (report.fit) {
    const { grain, periods, first, last } = report.fit;
    const range = first === last ? first : `${first} to ${last}`;
    lines.push(`fitted by ${grain}: ${periods} periods (${range}), as the app and simulate fit it`);
  }

  const width = Math.max(6, ...report.periods.map((p) => p.length));
  lines.push(`${'period'.padEnd(width)}  ${'sales'.padStart(16)}  ${'target'.padStart(16)}`);
  for (const period of report.periods) {
    const target = report.totalTarget[period];
    lines.push(
      `${period.padEnd(width)}  ${money(report.totalSales[period]).padStart(16)}  ` +
        `${(target === null ? '-' : money(target)).padStart(16)}`,
    );
  }

  for (const warning of report.warnings) lines.push(`warning: ${warning}`);
  if (report.assignments) lines.push(assignmentText(report.assignments));
  // The errors go to stderr, one line each (runData); printed here too they would show twice.
  return lines.join('\n');
}

/** " (quarters, …)": the unit, and for a detected quarter why it was chosen and how to undo it. */
function unitText(report: DataReport): string {
  if (!report.period) return '';
  const { unit, detected } = report.period;
  const named = `${unit}s`;
  if (!detected || unit !== 'quarter') return ` (${named})`;
  return ` (${named}, chosen from the dates: one per rep per quarter; --period month to change)`;
}
