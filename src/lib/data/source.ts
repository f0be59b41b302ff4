import { calibrate } from './calibrate';
import type { Db } from './db';
import { decodeBytes, type TextEncodingName } from './decode';
import { loadCsvText, type LoadOptions } from './load';
import type { CalibrationResult } from './types';

export type SourceOutcome =
  { ok: true; result: CalibrationResult } | { ok: false; errors: string[] };

/** A user's CSV file, as bytes, to calibrated reps; data problems come back as messages. */
export async function loadCsvBytes(
  db: Db,
  fileName: string,
  bytes: Uint8Array,
  options: LoadOptions & { encoding?: TextEncodingName } = {},
): Promise<SourceOutcome> {
  const { text } = decodeBytes(bytes, options.encoding);
  const loaded = await loadCsvText(db, fileName, text, options);
  if (!loaded.ok) return loaded;

  const result = await calibrate(db);
  const excluded = loaded.summary.excluded;
  if (excluded > 0) {
    result.report.warnings.unshift(`${excluded} rows were left out for their status.`);
  }
  return { ok: true, result };
}

/** The built-in sample (static/sample/sales.csv) to calibrated reps; it is known to be valid. */
export async function loadSampleText(db: Db, csvText: string): Promise<CalibrationResult> {
  const loaded = await loadCsvText(db, 'sample/sales.csv', csvText);
  if (!loaded.ok) throw new Error(`The built-in sample did not load: ${loaded.errors.join('; ')}`);
  return calibrate(db);
}
