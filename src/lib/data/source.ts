import { calibrate } from './calibrate';
import type { Db } from './db';
import { importFile, type ImportOptions, type ImportSummary } from './importFile';
import { say } from './importMessages';
import { loadCsvText } from './load';
import type { CalibrationResult } from './types';

export type SourceOutcome =
  { ok: true; result: CalibrationResult; summary: ImportSummary } | { ok: false; errors: string[] };

/**
 * A user's file (CSV, .xlsx, .xls or Parquet), as bytes, to calibrated reps; data problems come
 * back as messages, and the import's own notices lead the calibration's warnings.
 */
export async function loadCsvBytes(
  db: Db,
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<SourceOutcome> {
  const loaded = await importFile(db, fileName, bytes, options);
  if (!loaded.ok) return loaded;

  const result = await calibrate(db, { quarters: options.quarters });
  const { excluded, warnings } = loaded.summary;
  const statusNote = excluded > 0 ? [say('statusLeftOut', { count: excluded })] : [];
  result.report.warnings.unshift(...statusNote, ...warnings);
  return { ok: true, result, summary: loaded.summary };
}

/** The built-in sample (static/sample/sales.csv) to calibrated reps; it is known to be valid. */
export async function loadSampleText(db: Db, csvText: string): Promise<CalibrationResult> {
  const loaded = await loadCsvText(db, 'sample/sales.csv', csvText);
  if (!loaded.ok) throw new Error(`The built-in sample did not load: ${loaded.errors.join('; ')}`);
  return calibrate(db);
}
