import { asset } from '$app/paths';
import { loadCsvBytes, type ImportOptions } from '../data';
import { getBrowserDb, warmBrowserDb } from '../data/browserDb';
import { DbUnreachable } from '../data/fetchWasm';
import { note } from '../data/importMessages';
import { fetchSampleCalibration } from '../data/sample/fetchSampleCalibration';
import { loadSampleRows } from '../data/source';
import type { RepModel } from '../engine';
import { currency, setCurrency } from '../i18n/i18n.svelte';
import { log } from '../log';
import { ComparisonRun } from './comparisonRun.svelte';
import { followHistoryInUse } from './importedCurrency';
import type { DataName, Dataset, ImportOutcome } from './sessionTypes';
import { messageOf, nextPaint } from './stages';

async function fetchSample(): Promise<string> {
  const url = asset('/sample/sales.csv');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** Resolves at the browser's next 'online' event. */
function backOnline(): Promise<void> {
  return new Promise((resolve) =>
    window.addEventListener('online', () => resolve(), { once: true }),
  );
}

/**
 * The sample's rows into DuckDB once `after` settles, while `wanted()`; resolves to whether they
 * were loaded. When DuckDB could not be fetched (the connection was lost during its 34 MB
 * download), it tries again once the browser is back online, as the next import or export does.
 */
async function sampleIntoDb(after: Promise<void>, wanted: () => boolean): Promise<boolean> {
  try {
    return await loadSampleRows(after.then(getBrowserDb), fetchSample(), wanted);
  } catch (error) {
    if (!(error instanceof DbUnreachable)) throw error;
    await backOnline();
    return wanted() && sampleIntoDb(Promise.resolve(), wanted);
  }
}

/**
 * The data the comparison runs on: the loaded history (the built-in sample or a user's file)
 * or the reps the scenario in use lists itself. Loading data or switching between them reruns
 * the comparison.
 */
export abstract class DataInUse extends ComparisonRun {
  dataset = $state.raw<Dataset | null>(null);
  /** The reps the scenario in use lists itself (data source "reps"), else null. */
  scenarioReps = $state.raw<RepModel[] | null>(null);
  /**
   * True while runs use `scenarioReps`, as the command line does; the loaded history stays
   * loaded (data panel, export) and runs again when this goes back to false.
   */
  onScenarioReps = $state(false);

  /** The reps the comparison runs on: the scenario's own, or the loaded history's. */
  get reps(): RepModel[] | null {
    if (this.onScenarioReps && this.scenarioReps) return this.scenarioReps;
    return this.dataset?.result.reps ?? null;
  }

  /** The data the reps in use come from, to name it. */
  get dataName(): DataName {
    if (this.onScenarioReps && this.scenarioReps) {
      return { kind: 'scenarioReps', count: this.scenarioReps.length };
    }
    return { kind: 'history', source: this.dataset?.source ?? null };
  }

  /** Runs on the scenario's own reps (true) or on the loaded history (false), which stays. */
  async useScenarioReps(on: boolean): Promise<void> {
    if (on && !this.scenarioReps) return;
    this.onScenarioReps = on;
    await this.run();
  }

  /** Rerun the comparison on the current data with the current settings. */
  async run(): Promise<void> {
    if (!this.reps) return this.useSample();
    await this.simulate(this.begin('plan'));
  }

  async useSample(): Promise<void> {
    const token = this.begin('fetch');
    let dataset: Dataset;
    try {
      // The sample's calibration was computed by DuckDB at build time (npm run sample; a unit
      // test keeps it equal), so the first result does not wait for DuckDB to start.
      const result = await fetchSampleCalibration(asset('/sample/calibration.json'));
      if (!this.current(token)) return;
      dataset = { source: null, result };
      this.dataset = dataset;
      // A currency an import named was its file's: the sample goes back to the unit before it.
      followHistoryInUse(null);
      // Choosing the sample is choosing the data to run on.
      this.onScenarioReps = false;
    } catch (error) {
      this.fail(token, error);
      return;
    }
    const simulated = this.simulate(token);

    // After the first result its rows go into DuckDB for the data panel's export (queued now,
    // so an export waits for them), unless other data replaced the sample by then. Known gap:
    // if DuckDB cannot start for another reason than a lost connection, the export says so,
    // nothing else does.
    const loading = sampleIntoDb(simulated, () => this.dataset === dataset);
    loading.catch((error: unknown) => log.warn('the sample did not load into DuckDB', error));
    // Then, with the page idle, DuckDB is warmed up for the user's first import (browserDb.ts).
    loading
      .then(warmBrowserDb)
      .catch((error: unknown) => log.debug('the DuckDB warm-up stopped', error));
    await simulated;
  }

  /**
   * A user's CSV: once it loads it replaces the data and a rerun starts (not awaited, so the
   * mapping step can close); when it is refused or cancelled the errors come back and the
   * previous data, results and status stay as they were (putBack), as they do when DuckDB could
   * not be fetched; when it throws otherwise (DuckDB did not start), the status says the import
   * failed. 'stale' means a newer request or Cancel
   * overtook this one.
   */
  async importCsv(
    fileName: string,
    bytes: Uint8Array,
    options: ImportOptions,
  ): Promise<ImportOutcome> {
    const before = this.statusBefore();
    const token = this.begin('db');
    let outcome: Awaited<ReturnType<typeof loadCsvBytes>>;
    try {
      const db = await getBrowserDb();
      if (!this.step(token, 'import')) return { status: 'stale' };
      outcome = await loadCsvBytes(db, fileName, bytes, options);
    } catch (error) {
      // DuckDB could not be fetched: the file was not read, and nothing changed, as for a
      // refused file; the dialog says why, and the next import tries to fetch DuckDB again.
      if (error instanceof DbUnreachable) {
        if (!this.current(token)) return { status: 'stale' };
        this.putBack(before);
        return { status: 'failed', errors: [note('dbUnreachable', { file: fileName })] };
      }
      this.fail(token, error);
      return {
        status: 'failed',
        errors: [note('readFailed', { file: fileName, reason: messageOf(error) })],
      };
    }

    if (!this.current(token)) return { status: 'stale' };
    // A cancelled or refused import changed nothing: the previous data and results stay, and so
    // does the status, neither failed nor dimmed (the dialog says why a file was refused).
    if (!outcome.ok) {
      this.putBack(before);
      if (options.watch?.cancelled && outcome.errors.length === 0) return { status: 'cancelled' };
      return { status: 'failed', errors: outcome.errors };
    }

    // The calibration's last rows were read in this task: the new data renders in the next, so
    // that neither holds the page's thread long.
    await nextPaint();
    if (!this.current(token)) return { status: 'stale' };
    const scaled = outcome.summary.scaled;
    this.dataset = { source: fileName, result: outcome.result, scaled };
    // Amounts read from 万元 headers are yuan now: counted again in 10,000s they would read
    // 10,000 times too large.
    if (scaled && currency() === 'CNY-10k') setCurrency('CNY');
    // A file imported now is the data the user wants to run on.
    this.onScenarioReps = false;
    void this.simulate(token);
    const thinReps = outcome.result.histories.filter((h) => h.thin).map((h) => h.name);
    return { status: 'loaded', summary: outcome.summary, thinReps };
  }
}
