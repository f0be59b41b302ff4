import { BLOCK_TRIALS, summarize, type RepModel, type RunSummary, type Scenario } from '../engine';
import { readyWorkbookReader } from '../data/sheets/parseWorkbook';
import { planAndRun } from '../workers';
import { RunStatus } from './runStatus.svelte';
import { schemesRefusal } from './schemesRefusal';
import { applySettings, runKey, settingsValid, type Settings } from './settings';
import type { DataName, RunDetail } from './sessionTypes';
import { nextPaint } from './stages';

/**
 * The comparison's run and the results it puts on screen. What it runs with (scenario,
 * settings, baseline, reps) is declared here and held by the classes that extend it, which
 * load data and open scenarios.
 */
export abstract class ComparisonRun extends RunStatus {
  summary = $state.raw<RunSummary | null>(null);
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
  /** The reps the summary on screen was run on. */
  #summaryReps = $state.raw<RepModel[] | null>(null);
  /** The data the summary on screen was run on, which its header names (not the data in use). */
  summaryData = $state.raw<DataName | null>(null);
  /** runKey of the settings the summary on screen was run with. */
  #summarySettings = $state('');

  abstract scenario: Scenario | null;
  /** Why the scenario in use could not be read, which a run without one reports. */
  abstract scenarioErrors: string[];
  abstract settings: Settings;
  /** Id of the scheme the others are compared with. */
  abstract baseline: string;
  /** The reps the comparison runs on. */
  abstract readonly reps: RepModel[] | null;
  /** The data the reps in use come from, to name it. */
  abstract readonly dataName: DataName;

  /**
   * True while the summary on screen was run on other reps than those in use: a file imported,
   * the sample chosen, the scenario notice's switch. It holds while the run on them goes and
   * after it fails or is cancelled, so the page marks the results as the previous data's and
   * turns off what would print or share them as the new data's.
   */
  get previousData(): boolean {
    return this.summary !== null && this.#summaryReps !== this.reps;
  }

  /**
   * True while a setting the run depends on differs from the one the summary on screen was run
   * with: changed and not run yet, or changed while the run went. A link or a saved scenario
   * would then carry figures nobody has seen, so the page turns them off as for previousData.
   * The economics only reprice the results on screen (outcomes), so they never make it true.
   */
  get previousSettings(): boolean {
    return this.summary !== null && this.#summarySettings !== runKey(this.settings);
  }

  /** Called as a run's results replace those on screen, before the page draws them. */
  protected showingResults(): void {}

  /** The summary with its differences against the chosen baseline. */
  get comparison(): RunSummary | null {
    const { summary, detail, baseline } = this;
    const current = summary?.differences[0]?.baseline ?? summary?.schemes[0]?.id;
    if (!summary || !detail || current === baseline) return summary;
    if (!summary.schemes.some((s) => s.id === baseline)) return summary;
    return summarize(detail.plan, detail.blocks, detail.reps, baseline);
  }

  /** Runs the comparison under `token`, begun by the caller, on the reps in use now. */
  protected async simulate(token: number): Promise<void> {
    try {
      await this.#simulate(token);
    } finally {
      // The picker takes a file once a run ends, however it ends: its Excel reader is fetched
      // now, while the app's server is surely reachable, not when the first workbook comes.
      readyWorkbookReader();
    }
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
      this.showingResults();
      this.#summarySettings = runKey(settings);
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
