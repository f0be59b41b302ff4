import { fileGroups } from '../lib/data/assignments/fileGroups';
import { joinAssignments } from '../lib/data/assignments/joinAssignments';
import { calibrate } from '../lib/data/calibrate';
import type { ImportOptions, ImportSummary } from '../lib/data/importFile';
import { detectedUnit } from '../lib/data/grain';
import { note } from '../lib/data/importMessages';
import { periodTotalsSql, type Calendar } from '../lib/data/sql/periodTotalsSql';
import type { Db } from '../lib/data/db';
import { readAssignPath } from './assignFile';
import {
  assignmentReport,
  assignmentText,
  columnGroupsReport,
  type AssignmentReport,
} from './assignmentReport';
import { noteLines, type CliNote } from './cliNotes';
import { importDataFile } from './dataFile';
import { parseDataArgs, dataUsage } from './dataArgs';
import { dataText, type DataReport } from './dataReport';
import { oneLine } from './oneLine';
import type { CliIo } from './runCli';
import { USAGE_ERROR } from './runCli';

/**
 * `npm run data`: imports one file as the app would and prints what it found. A file that
 * cannot be imported gives exit code 2 and its problems one per line on stderr (and, with
 * --json, the same object on stdout with `errors` filled).
 */
export async function runData(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseDataArgs(argv);
  if (!parsed.ok) {
    for (const error of [...parsed.errors, 'Run with --help to see the options.']) {
      io.stderr(`${oneLine(error)}\n`);
    }
    return USAGE_ERROR;
  }
  if (parsed.help) {
    io.stdout(`${dataUsage}\n`);
    return 0;
  }

  const { file, json, assign, detectUnit } = parsed.options;
  const { db, outcome } = await importDataFile(file, parsed.options.import);
  if (!outcome.ok && assign === null && isAssignmentFile(outcome.errors)) {
    return describeAssignments(file, parsed.options.import, json, io);
  }
  // Without --period, a quota history with one date per rep per quarter is totalled by quarter.
  const unit = outcome.ok && detectUnit ? await detectedUnit(db) : parsed.options.calendar.unit;
  const calendar = { ...parsed.options.calendar, unit };
  const report = outcome.ok
    ? await reportOf(db, file, outcome.summary, calendar, detectUnit, parsed.options.import)
    : failedReport(file, outcome.errors);
  if (outcome.ok && assign !== null) {
    const joined = await joinFile(
      db,
      assign,
      parsed.options.assignSheet,
      calendar,
      parsed.options.import,
    );
    if (joined.ok) report.assignments = joined.report;
    else report.errors = noteLines(joined.errors);
  } else if (outcome.ok) {
    const own = await fileGroups(db, file, calendar);
    if (own) report.assignments = columnGroupsReport(own);
  }

  // A refused file's text report would only be zeros before the real answer: its error lines
  // alone are printed, while --json keeps one object with `errors` filled.
  if (json) io.stdout(`${JSON.stringify(report)}\n`);
  else if (report.errors.length === 0) io.stdout(`${dataText(report)}\n`);
  if (report.errors.length === 0) return 0;
  for (const error of report.errors) io.stderr(`${oneLine(error)}\n`);
  return USAGE_ERROR;
}

/** The importer's answer for a file of rep assignments (assignmentFileError) is its only one. */
function isAssignmentFile(errors: readonly CliNote[]): boolean {
  const [only] = errors;
  return errors.length === 1 && typeof only !== 'string' && only.code === 'assignmentFile';
}

/** A file of rep assignments given alone: what it holds, and exit code 0. */
async function describeAssignments(
  file: string,
  options: ImportOptions,
  json: boolean,
  io: CliIo,
): Promise<number> {
  const read = await readAssignPath(file, options);
  const errors =
    read.ok === true
      ? []
      : read.ok === 'not'
        ? [notAssignments(file, read.headers)]
        : noteLines(read.errors);
  if (read.ok !== true) {
    for (const error of errors) io.stderr(`${oneLine(error)}\n`);
    if (json) io.stdout(`${JSON.stringify({ file, errors })}\n`);
    return USAGE_ERROR;
  }
  const { mapping, spans } = read.assignments;
  const report = assignmentReport(file, mapping, spans);
  io.stdout(`${json ? JSON.stringify({ ...report, errors }) : assignmentText(report)}\n`);
  return 0;
}

function notAssignments(path: string, headers: string[]): string {
  const names = headers.map((h) => `"${h}"`).join(', ');
  const expected = 'a rep, a group (territory, region, team), a start date and no amounts';
  return `${path}: not an assignment file (headers: ${names}); expected ${expected}`;
}

async function joinFile(
  db: Db,
  path: string,
  sheet: string | null,
  calendar: Calendar,
  options: ImportOptions,
): Promise<{ ok: true; report: AssignmentReport } | { ok: false; errors: CliNote[] }> {
  // The sales file's --sheet and --encoding are not the assignment file's; the date order is.
  const read = await readAssignPath(path, {
    sheet: sheet ?? undefined,
    dateOrder: options.dateOrder,
  });
  if (read.ok === 'not') return { ok: false, errors: [notAssignments(path, read.headers)] };
  if (!read.ok) return read;
  const joined = await joinAssignments(db, read.assignments, calendar);
  if (!joined.ok) return joined;
  const { mapping, spans } = read.assignments;
  return { ok: true, report: assignmentReport(path, mapping, spans, joined.join) };
}

async function reportOf(
  db: Db,
  file: string,
  summary: ImportSummary,
  calendar: Calendar,
  detected: boolean,
  options: ImportOptions,
): Promise<DataReport> {
  const totals = await db.query<{ period: string; sales: number; target: number | null }>(
    periodTotalsSql(calendar),
  );
  const reps = await db.query<{ rep: string }>('SELECT DISTINCT rep FROM sales ORDER BY rep');
  // The fit the app and `simulate --data` make of the same rows, which may be by week or day
  // where the table above totals calendar months; its notes are theirs too.
  const { report: fitted } = await calibrate(db, {
    quarters: options.quarters,
    months: options.months,
  });
  return {
    file,
    sheet: summary.sheet,
    encoding: summary.encoding,
    rows: summary.rows,
    // The reason in English is the row's message for a terminal and for --json alike.
    skipped: summary.skipped.map(({ message: _, ...row }) => row),
    reps: reps.map((r) => r.rep),
    periods: totals.map((t) => t.period),
    period: { unit: calendar.unit, detected },
    mapping: summary.mapping,
    totalSales: Object.fromEntries(totals.map((t) => [t.period, t.sales])),
    totalTarget: Object.fromEntries(totals.map((t) => [t.period, t.target])),
    fit: {
      grain: fitted.grain,
      periods: fitted.periods,
      first: fitted.firstPeriod,
      last: fitted.lastPeriod,
    },
    assignments: null,
    warnings: noteLines([
      ...summary.warnings,
      ...(summary.excluded > 0 ? [note('statusLeftOut', { count: summary.excluded })] : []),
      ...fitted.warnings,
    ]),
    errors: [],
  };
}

function failedReport(file: string, notes: readonly CliNote[]): DataReport {
  const errors = noteLines(notes);
  return {
    file,
    sheet: null,
    encoding: null,
    rows: 0,
    skipped: [],
    reps: [],
    periods: [],
    period: null,
    mapping: null,
    totalSales: {},
    totalTarget: {},
    fit: null,
    assignments: null,
    warnings: [],
    errors,
  };
}
