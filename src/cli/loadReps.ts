import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCsvBytes, loadSampleText } from '../lib/data/source';
import { openNodeDb } from '../lib/data/nodeDb';
import type { CalibrationResult } from '../lib/data/types';
import { repsFromScenario } from '../lib/engine/repsFromScenario';
import type { RepModel, Scenario } from '../lib/engine/types';

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
): Promise<RepsOutcome> {
  if (dataPath !== undefined) return loadCsvFile(dataPath);

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
      return loadCsvFile(path);
    }
  }
}

/** A CSV history through the data layer; messages name the file by the path given. */
async function loadCsvFile(path: string): Promise<RepsOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const reason = code === 'ENOENT' ? 'no such file' : message;
    return { ok: false, errors: [`${path}: cannot read the data (${reason})`] };
  }

  const loaded = await loadCsvBytes(await openNodeDb(), path, bytes);
  return loaded.ok ? fromCalibration(loaded.result) : loaded;
}

function fromCalibration(result: CalibrationResult): RepsOutcome {
  return { ok: true, reps: result.reps, warnings: result.report.warnings };
}
