import type { ImportSummary } from '../lib/data/importFile';
import { periodTotalsSql, type Calendar } from '../lib/data/sql/periodTotalsSql';
import type { Db } from '../lib/data/db';
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

  const { file, json, calendar } = parsed.options;
  const { db, outcome } = await importDataFile(file, parsed.options.import);
  const report = outcome.ok
    ? await reportOf(db, file, outcome.summary, calendar)
    : failedReport(file, outcome.errors);

  io.stdout(`${json ? JSON.stringify(report) : dataText(report)}\n`);
  if (outcome.ok) return 0;
  for (const error of outcome.errors) io.stderr(`${oneLine(error)}\n`);
  return USAGE_ERROR;
}

async function reportOf(
  db: Db,
  file: string,
  summary: ImportSummary,
  calendar: Calendar,
): Promise<DataReport> {
  const totals = await db.query<{ period: string; sales: number; target: number | null }>(
    periodTotalsSql(calendar),
  );
  const reps = await db.query<{ rep: string }>('SELECT DISTINCT rep FROM sales ORDER BY rep');
  return {
    file,
    sheet: summary.sheet,
    encoding: summary.encoding,
    rows: summary.rows,
    skipped: summary.skipped,
    reps: reps.map((r) => r.rep),
    periods: totals.map((t) => t.period),
    mapping: summary.mapping,
    totalSales: Object.fromEntries(totals.map((t) => [t.period, t.sales])),
    totalTarget: Object.fromEntries(totals.map((t) => [t.period, t.target])),
    warnings: [
      ...summary.warnings,
      ...(summary.excluded > 0 ? [`${summary.excluded} rows were left out for their status.`] : []),
    ],
    errors: [],
  };
}

function failedReport(file: string, errors: string[]): DataReport {
  return {
    file,
    sheet: null,
    encoding: null,
    rows: 0,
    skipped: [],
    reps: [],
    periods: [],
    mapping: null,
    totalSales: {},
    totalTarget: {},
    warnings: [],
    errors,
  };
}
