import { calibrate } from './calibrate';
import type { Db } from './db';
import { importFile, type ImportOptions, type ImportSummary } from './importFile';
import { note, type ImportMessage } from './importMessages';
import { loadCsvText } from './load';
import type { CalibrationResult } from './types';

export type SourceOutcome =
  | { ok: true; result: CalibrationResult; summary: ImportSummary }
  | { ok: false; errors: ImportMessage[] };

// Loads into `sales` run one after another: the sample's rows, loaded in the background after
// its first result, must never interleave with (or land after and overwrite) a user's import.
let lastLoad: Promise<unknown> = Promise.resolve();

function inTurn<T>(load: () => Promise<T>): Promise<T> {
  const next = lastLoad.then(load);
  lastLoad = next.catch(() => undefined);
  return next;
}

/**
 * Settles once every load asked for so far has finished or failed: what reads `sales` (the
 * data panel's export) awaits it, so it never reads the table before the sample's rows are in.
 */
export async function loadsSettled(): Promise<void> {
  await lastLoad;
}

/**
 * A user's file (CSV, .xlsx, .xls or Parquet), as bytes, to calibrated reps; data problems come
 * back as messages, and the import's own notices lead the calibration's warnings. Until the
 * reps are fitted the previous data stays: a cancel (options.watch) or a failure keeps it.
 */
export async function loadCsvBytes(
  db: Db,
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<SourceOutcome> {
  return inTurn(async () => {
    // The fit runs inside the import, so a cancel reaches it and the old data waits for it.
    const fitted: { result?: CalibrationResult } = {};
    const fit = async (watched: Db) => {
      const { quarters, months } = options;
      fitted.result = await calibrate(watched, { quarters, months });
      // Reps with no positive sales are left out of the fit: none left gives nothing to run.
      return fitted.result.reps.length > 0 ? [] : [note('noRepToFit', { file: fileName })];
    };
    const loaded = await importFile(db, fileName, bytes, { ...options, fit });
    if (!loaded.ok) return loaded;

    const result = fitted.result;
    if (!result) throw new Error('loadCsvBytes: the import succeeded without its fit');
    const { excluded, warnings } = loaded.summary;
    const statusNote = excluded > 0 ? [note('statusLeftOut', { count: excluded })] : [];
    result.report.warnings.unshift(...statusNote, ...warnings);
    return { ok: true, result, summary: loaded.summary };
  });
}

/** The built-in sample (static/sample/sales.csv) to calibrated reps; it is known to be valid. */
export async function loadSampleText(db: Db, csvText: string): Promise<CalibrationResult> {
  await loadSampleCsv(db, csvText);
  return calibrate(db);
}

/**
 * The sample's rows into `sales`, without calibrating (the page runs on the precomputed
 * calibration; the data panel's export reads the table). It waits for loads already under way
 * and, in its turn, loads only if `wanted()` still holds, so a user's file imported meanwhile
 * stays. Resolves to whether it loaded.
 */
export function loadSampleRows(
  db: Promise<Db>,
  csvText: Promise<string>,
  wanted: () => boolean,
): Promise<boolean> {
  return inTurn(async () => {
    const [ready, text] = await Promise.all([db, csvText]);
    if (!wanted()) return false;
    await loadSampleCsv(ready, text);
    return true;
  });
}

async function loadSampleCsv(db: Db, csvText: string): Promise<void> {
  const loaded = await loadCsvText(db, 'sample/sales.csv', csvText);
  if (!loaded.ok) throw new Error(`The built-in sample did not load: ${loaded.errors.join('; ')}`);
}
