import { asset } from '$app/paths';
import { loadCsvBytes, type ImportOptions } from '../data';
import { getBrowserDb, warmBrowserDb } from '../data/browserDb';
import { fetchSampleCalibration } from '../data/sample/fetchSampleCalibration';
import { loadSampleRows } from '../data/source';
import {
  BLOCK_TRIALS,
  DEFAULT_HAGGLING,
  DEFAULT_SEED,
  DEFAULT_TRIALS,
  repsFromScenario,
  summarize,
  type RepModel,
  type RunSummary,
  type Scenario,
  type Scheme,
} from '../engine';
import { planAndRun, warmWorkers } from '../workers';
import { DEFAULT_BEHAVIOUR } from '../engine/behaviour/constants';
import type { BehaviourSettings } from '../engine/behaviour/types';
import type { Problem } from '../engine/schemes/schema/problem';
import { checkSchemes } from '../engine/scenario';
import { setCurrency } from '../i18n/i18n.svelte';
import { log } from '../log';
import { defaultScenario } from './defaultScenario';
import type { LinkError, LinkExtras } from './shareLink';
import { keepSettingsOnChange, savedData } from './savedData.svelte';
import { scenarioFile, type ScenarioFile } from './scenarioFile';
import { applySettings, settingsFrom, settingsValid, type Settings } from './settings';
import { RunStatus } from './runStatus.svelte';
import { schemesRefusal } from './schemesRefusal';
import { messageOf, nextPaint } from './stages';
import type { DataName, Dataset, ImportOutcome, Notice, RunDetail } from './sessionTypes';

export type { DataName, Dataset, ImportOutcome, Notice, RunDetail } from './sessionTypes';

// Parsed once: the file is part of the build, so its errors can only be a build mistake.
const parsed = defaultScenario();
const initialScenario = parsed.ok ? parsed.scenario : null;
const initialSettings = settingsFrom(
  initialScenario ?? { schemes: [], seed: DEFAULT_SEED, trials: DEFAULT_TRIALS },
  DEFAULT_HAGGLING,
);

/** The behaviour screen's settings a scenario brings: its own section, else the defaults. */
function behaviourFrom(scenario: Scenario | null): BehaviourSettings {
  return structuredClone(scenario?.behaviour ?? DEFAULT_BEHAVIOUR);
}

async function fetchSample(): Promise<string> {
  const url = asset('/sample/sales.csv');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/**
 * The app's one run: data source, settings and the latest comparison; where the pipeline is
 * comes from RunStatus, whose token every step checks after each await.
 */
export class Session extends RunStatus {
  dataset = $state.raw<Dataset | null>(null);
  summary = $state.raw<RunSummary | null>(null);
  // A copy: the state proxy writes through to the object it was given.
  settings: Settings = $state(structuredClone(initialSettings));
  scenario = $state.raw<Scenario | null>(initialScenario);
  /**
   * The behaviour screen's panel: the scenario's `behaviour` section when it has one, as the
   * settings above are its schemes', so the screen runs what the command line runs on it.
   */
  behaviour: BehaviourSettings = $state(behaviourFrom(initialScenario));
  scenarioErrors = $state.raw<string[]>(parsed.ok ? [] : parsed.errors);
  /** Id of the scheme the others are compared with. */
  baseline = $state(initialScenario?.baseline ?? '');
  /**
   * Name of the scenario the summary on screen was run on: after a failed or cancelled run of
   * another scenario the summary shown is still the earlier one's.
   */
  summaryScenario = $state('');
  detail = $state.raw<RunDetail | null>(null);
  /** Share of `detail` ready: 1 from the paint after a run is done (its blocks come with it). */
  detailProgress = $state(0);
  /**
   * False from the moment the first summary on a dataset is set until the paint after it: the
   * page renders the summary's headline first and the rest (tables, charts) on this, so that
   * no single render holds its thread long. The outcomes come a paint later still (`detail`).
   */
  revealed = $state(true);
  notice = $state.raw<Notice | null>(null);
  /** What the engine noted about the scenario in use (a total that does not add up). */
  scenarioWarnings = $state.raw<Problem[]>([]);
  /** What was wrong with the link the page was opened with. */
  linkErrors = $state.raw<LinkError[]>([]);
  /** The reps the scenario in use lists itself (data source "reps"), else null. */
  scenarioReps = $state.raw<RepModel[] | null>(null);
  /**
   * True while runs use `scenarioReps`, as the command line does; the loaded history stays
   * loaded (data panel, export) and runs again when this goes back to false.
   */
  onScenarioReps = $state(false);
  /** The reps the summary on screen was run on. */
  #summaryReps = $state.raw<RepModel[] | null>(null);
  /** The data the summary on screen was run on, which its header names (not the data in use). */
  summaryData = $state.raw<DataName | null>(null);

  /**
   * Page load: the settings and the file kept in this browser, else the built-in sample, then a
   * run; once only. A kept file that no longer imports is reported, and the sample loads.
   */
  async start(): Promise<void> {
    if (this.dataset || this.busy) return;
    // Every first result needs the workers: start them while the kept settings and file are
    // read. DuckDB starts when something needs it (a kept or new file, the sample's rows after
    // its first result), so that it does not take a core from the sample's first run.
    warmWorkers();

    const kept = await savedData.restoreSettings($state.snapshot(this.settings));
    if (kept) [this.settings, this.baseline] = [kept.settings, kept.baseline];
    keepSettingsOnChange(this);

    const saved = await savedData.restoreImport();
    if (saved) {
      const outcome = await this.importCsv(saved.fileName, saved.bytes, saved.options);
      if (outcome.status !== 'failed') return;
      savedData.restoreFailed(saved.fileName, outcome.errors);
    }
    await this.useSample();
  }

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

  /**
   * True while the summary on screen was run on other reps than those in use: a file imported,
   * the sample chosen, the scenario notice's switch. It holds while the run on them goes and
   * after it fails or is cancelled, so the page marks the results as the previous data's and
   * turns off what would print or share them as the new data's.
   */
  get previousData(): boolean {
    return this.summary !== null && this.#summaryReps !== this.reps;
  }

  /** The schemes as they run now: the scenario's, with the settings panel applied. */
  get schemes(): Scheme[] {
    return this.scenario ? applySettings(this.scenario.schemes, this.settings) : [];
  }

  /** The summary with its differences against the chosen baseline. */
  get comparison(): RunSummary | null {
    const { summary, detail, baseline } = this;
    const current = summary?.differences[0]?.baseline ?? summary?.schemes[0]?.id;
    if (!summary || !detail || current === baseline) return summary;
    if (!summary.schemes.some((s) => s.id === baseline)) return summary;
    return summarize(detail.plan, detail.blocks, detail.reps, baseline);
  }

  /**
   * The scenario file of what runs now: settings applied, seed and trials as set. Known gap:
   * while the run uses the scenario's own reps the file names the loaded history instead
   * (ScenarioFile has no "reps" data yet), so reopening it runs on that history.
   */
  scenarioFile(): ScenarioFile | null {
    if (!this.scenario) return null;
    const schemes = $state.snapshot(this.schemes) as Scheme[];
    // The scenario's description speaks of its own schemes; once the panel changed them (a
    // rate, a floor) it would describe something else, so it is left out.
    const asWritten = JSON.stringify(schemes) === JSON.stringify(this.scenario.schemes);
    return scenarioFile({
      name: this.scenario.name,
      description: asWritten ? this.scenario.description : undefined,
      seed: this.settings.seed,
      trials: this.settings.trials,
      dataSource: this.dataset?.source ?? null,
      schemes,
      baseline: this.baseline,
      behaviour: this.#behaviourToWrite(),
    });
  }

  /**
   * The behaviour panel's settings for the file: left out only when the scenario had no such
   * section and the panel still holds the defaults, so a file without one stays without one.
   */
  #behaviourToWrite(): BehaviourSettings | undefined {
    const panel = $state.snapshot(this.behaviour) as BehaviourSettings;
    const untouched = JSON.stringify(panel) === JSON.stringify(DEFAULT_BEHAVIOUR);
    return this.scenario?.behaviour === undefined && untouched ? undefined : panel;
  }

  /**
   * Opens a scenario (from a file or a link): its schemes, seed, trials and baseline replace
   * the current ones and a run starts. A scenario made on an imported file cannot bring the
   * file along; it runs on the data at hand and says which file would reproduce it. One that
   * lists its own reps runs on them when its schemes do not fit the loaded history (a
   * quarterly letter on months), else on the history; the notice offers the other.
   */
  async openScenario(next: Scenario, extras?: LinkExtras, warnings: Problem[] = []): Promise<void> {
    this.scenario = next;
    this.scenarioErrors = [];
    this.scenarioWarnings = warnings;
    this.settings = settingsFrom(next, DEFAULT_HAGGLING, extras?.economics);
    this.behaviour = behaviourFrom(next);
    this.baseline = next.baseline;
    if (extras) setCurrency(extras.currency);

    const wantsFile = next.data.source === 'file' ? next.data.path : null;
    const hasFile = wantsFile !== null && this.dataset?.source === wantsFile;
    this.scenarioReps = next.data.source === 'reps' ? repsFromScenario(next.data) : null;
    this.onScenarioReps = this.scenarioReps !== null && !this.#fitsHistory();
    this.notice =
      next.data.source === 'reps'
        ? { key: 'scenarioReps' }
        : wantsFile !== null && !hasFile
          ? { key: 'notice.needsFile', file: wantsFile }
          : null;

    if (next.data.source === 'sample' && this.dataset?.source !== null) await this.useSample();
    else await this.run();
  }

  /** Runs on the scenario's own reps (true) or on the loaded history (false), which stays. */
  async useScenarioReps(on: boolean): Promise<void> {
    if (on && !this.scenarioReps) return;
    this.onScenarioReps = on;
    await this.run();
  }

  /** True when the schemes as they run now have no problem with the loaded history. */
  #fitsHistory(): boolean {
    const periods = this.dataset?.result.reps[0]?.mean.length;
    return periods !== undefined && checkSchemes(this.schemes, periods).problems.length === 0;
  }

  /** Compare against another scheme; the blocks of the run give its differences at once. */
  setBaseline(id: string): void {
    this.baseline = id;
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
      // Choosing the sample is choosing the data to run on.
      this.onScenarioReps = false;
    } catch (error) {
      this.fail(token, error);
      return;
    }
    const simulated = this.#simulate(token);

    // After the first result its rows go into DuckDB for the data panel's export (queued now,
    // so an export waits for them), unless other data replaced the sample by then. Known gap:
    // if DuckDB cannot start, the export says so, nothing else does.
    const db = simulated.then(getBrowserDb);
    const loading = loadSampleRows(db, fetchSample(), () => this.dataset === dataset);
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
   * previous data, results and status stay as they were (putBack); when it throws (DuckDB did
   * not start), the status says the import failed. 'stale' means a newer request or Cancel
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
      this.fail(token, error);
      return { status: 'failed', errors: [messageOf(error)] };
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
    this.dataset = { source: fileName, result: outcome.result };
    // A file imported now is the data the user wants to run on.
    this.onScenarioReps = false;
    void this.#simulate(token);
    const thinReps = outcome.result.histories.filter((h) => h.thin).map((h) => h.name);
    return { status: 'loaded', summary: outcome.summary, thinReps };
  }

  /** Rerun the comparison on the current data with the current settings. */
  async run(): Promise<void> {
    if (!this.reps) return this.useSample();
    await this.#simulate(this.begin('plan'));
  }

  async #simulate(token: number): Promise<void> {
    const reps = this.reps;
    const data = this.dataName;
    const scenario = this.scenario;
    if (!this.step(token, 'plan')) return;
    if (!scenario || !reps) {
      this.failWith('plan', this.scenarioErrors);
      return;
    }

    const settings = $state.snapshot(this.settings);
    if (!settingsValid(settings)) {
      this.failWith('plan', [], 'settings.invalidRun');
      return;
    }

    try {
      await nextPaint();
      if (!this.current(token)) return;

      const schemes = applySettings(scenario.schemes, settings);
      // What a user can cause is refused in words, before a worker throws in the engine's.
      const refusal = schemesRefusal(schemes, reps);
      if (refusal) {
        const { key, problems } = refusal;
        this.failWith('plan', [], key, problems.length > 0 ? problems : undefined);
        return;
      }
      if (!schemes.some((s) => s.id === this.baseline)) this.baseline = schemes[0].id;
      const trials = settings.trials;
      let started = performance.now();

      // The first worker plans (best responses) and the blocks it and the others simulate come
      // back with the summary, so this thread neither plans nor simulates anything again.
      const handle = planAndRun({ seed: settings.seed, trials, schemes }, reps, this.baseline, {
        onPlanned: () => {
          if (!this.step(token, 'run')) return;
          started = performance.now();
          this.progress = { done: 0, total: trials };
        },
        // The pool counts blocks of BLOCK_TRIALS; people count trials (the last block may be
        // short).
        onProgress: (blocks) => {
          const done = Math.min(blocks * BLOCK_TRIALS, trials);
          if (this.current(token)) this.progress = { done, total: trials };
        },
      });
      this.cancelRun = handle.cancel;

      const { plan, summary, blocks } = await handle.promise;
      if (!this.current(token)) return;
      this.cancelRun = null;
      this.seconds = (performance.now() - started) / 1000;

      // The first results on a dataset render in three tasks, each after the previous one
      // painted (and after the task that reduced the blocks to the summary): the headline, the
      // rest of the summary (`revealed`), then the outcomes drawn from the blocks. A rerun on
      // the same data updates the screen in place, all of it shown. 'done' comes with
      // `revealed`, so whoever waits for it finds the whole summary.
      const first = this.summary === null || this.#summaryReps !== reps;
      if (first) await nextPaint();
      if (!this.current(token)) return;
      this.#summaryReps = reps;
      this.summaryData = data;
      this.summary = summary;
      this.summaryScenario = scenario.name;
      this.stale = false;
      this.detail = null;
      this.detailProgress = 0;
      this.revealed = !first;
      if (first) await nextPaint();
      this.revealed = true;
      if (!this.current(token)) return;
      this.state = 'done';
      this.stage = null;

      await nextPaint();
      if (!this.current(token)) return;
      this.detail = { plan, blocks, reps };
      this.detailProgress = 1;
    } catch (error) {
      this.fail(token, error);
    }
  }
}

/** Shared by every screen, so data and results survive moving between them. */
export const session = new Session();
