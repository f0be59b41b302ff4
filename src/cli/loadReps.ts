import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibrate } from '../lib/data/calibrate';
import type { ImportOptions } from '../lib/data/importFile';
import { note, say } from '../lib/data/importMessages';
import { loadSampleText } from '../lib/data/source';
import { openNodeDb } from '../lib/data/nodeDb';
import type { CalibrationResult } from '../lib/data/types';
import { repsFromScenario } from '../lib/engine/repsFromScenario';
import type { RepModel, Scenario } from '../lib/engine/types';
import { noteLines } from './cliNotes';
import { importDataFile } from './dataFile';

export type RepsOutcome =
  { ok: true; reps: RepModel[]; warnings: string[] } | { ok: false; errors: string[] };

/** The app's built-in history, which the browser fetches from its own origin. */
const samplePath = fileURLToPath(new URL('../../static/sample/sales.csv', import.meta.url));

/**
 * The reps a run simulates: inline ones straight from the scenario, otherwise a CSV history
 * calibrated in DuckDB. `dataPath` (from --data) replaces the scenario's own data; a scenario's
 * "file" path is read relative to the scenario file.
 */
export async function loadReps(
  scenario: Scenario,
  scenarioPath: string,
  dataPath?: string,
  dataOptions: ImportOptions = {},
): Promise<RepsOutcome> {
  if (dataPath !== undefined) return loadDataFile(dataPath, dataOptions);

  const data = scenario.data;
  switch (data.source) {
    case 'reps':
      return { ok: true, reps: repsFromScenario(data), warnings: [] };
    case 'sample': {
      const text = await readFile(samplePath, 'utf8');
      return fromCalibration(await loadSampleText(await openNodeDb(), text));
    }
    case 'file': {
      // Relative to the scenario file, written as a path from where the CLI was started.
      const path = isAbsolute(data.path) ? data.path : join(dirname(scenarioPath), data.path);
      return loadDataFile(path, dataOptions);
    }
  }
}

/** A history file through the importer, then calibrated; messages name it by the path given. */
async function loadDataFile(path: string, options: ImportOptions): Promise<RepsOutcome> {
  const { db, outcome } = await importDataFile(path, options);
  if (!outcome.ok) return { ok: false, errors: noteLines(outcome.errors) };

  const result = await calibrate(db);
  // Reps without positive sales are left out of the fit: with none left there is nothing to run.
  if (result.reps.length === 0) {
    return { ok: false, errors: [say(note('noRepToFit', { file: path }))] };
  }
  const { excluded, warnings } = outcome.summary;
  const statusNote = excluded > 0 ? [note('statusLeftOut', { count: excluded })] : [];
  return {
    ok: true,
    reps: result.reps,
    warnings: noteLines([...warnings, ...statusNote, ...result.report.warnings]),
  };
}

function fromCalibration(result: CalibrationResult): RepsOutcome {
  return { ok: true, reps: result.reps, warnings: noteLines(result.report.warnings) };
}
