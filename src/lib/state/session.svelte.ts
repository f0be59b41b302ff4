import {
  DEFAULT_HAGGLING,
  DEFAULT_SEED,
  DEFAULT_TRIALS,
  repsFromScenario,
  type Scenario,
  type Scheme,
} from '../engine';
import type { ImportOptions } from '../data';
import type { SavedImport } from '../data/persistImport';
import type { StatedScenario } from '../engine/scenario';
import type { Problem } from '../engine/schemes/schema/problem';
import { checkSchemes } from '../engine/scenario';
import {
  currency,
  holdResultsCurrency,
  releaseResultsCurrency,
  resultsCurrency,
  setCurrency,
  type Currency,
} from '../i18n/i18n.svelte';
import { warmWorkers } from '../workers';
import {
  behaviourFrom,
  behaviourToWrite,
  economicsFrom,
  type OwnBehaviour,
} from './behaviourSettings';
import { DataInUse } from './dataInUse.svelte';
import { defaultScenario } from './defaultScenario';
import { followHistoryInUse, statedForHistory } from './importedCurrency';
import type { LinkError, LinkExtras } from './shareLink';
import { keepSettingsOnChange, savedData } from './savedData.svelte';
import { sameData, scenarioFile, type ScenarioFile } from './scenarioFile';
import { bannerWarnings } from './scenarioWarnings';
import { applySettings, settingsFrom, type Settings } from './settings';
import type { ImportOutcome, Notice } from './sessionTypes';
import { UnitsShown } from './unitsShown.svelte';

// Parsed once: the file is part of the build, so its errors can only be a build mistake.
const parsed = defaultScenario();
const initialScenario = parsed.ok ? parsed.scenario : null;
const initialSettings = settingsFrom(
  initialScenario ?? { schemes: [], seed: DEFAULT_SEED, trials: DEFAULT_TRIALS },
  DEFAULT_HAGGLING,
  initialScenario ? economicsFrom(initialScenario) : undefined,
);

/**
 * The app's one run: the scenario in use and the panels' settings on it, over the data and the
 * comparison of the classes it extends; where the pipeline is comes from RunStatus, whose token
 * every step checks after each await.
 */
export class Session extends DataInUse {
  // A copy: the state proxy writes through to the object it was given.
  settings: Settings = $state(structuredClone(initialSettings));
  scenario = $state.raw<Scenario | null>(initialScenario);
  /**
   * The behaviour screen's own settings: the scenario's `behaviour` section when it has one, as
   * the settings above are its schemes', so the screen runs what the command line runs on it.
   * The section's margin and forecast costs are the settings' economics, shared with Compare.
   */
  behaviour: OwnBehaviour = $state(behaviourFrom(initialScenario));
  scenarioErrors = $state.raw<string[]>(parsed.ok ? [] : parsed.errors);
  baseline = $state(initialScenario?.baseline ?? '');
  notice = $state.raw<Notice | null>(null);
  /** What the engine noted about the scenario in use (a total that does not add up). */
  scenarioWarnings = $state.raw<Problem[]>([]);
  /** What was wrong with the link the page was opened with. */
  linkErrors = $state.raw<LinkError[]>([]);
  readonly #units = new UnitsShown();
  /** True when the scenario's own reps are counted in another unit than the loaded history. */
  #repsInOtherUnit = false;
  /** Scenarios opened so far, from links and files (see #openLinked). */
  #opened = 0;

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
    // The scenario the settings applied to: without it they would apply to the built-in one's
    // schemes, and a quota sent from the Schemes screen would follow the self-set scheme's rate.
    if (kept?.scenario) {
      [this.scenario, this.scenarioErrors] = [kept.scenario, []];
      this.behaviour = behaviourFrom(kept.scenario);
    }
    if (kept) [this.settings, this.baseline] = [kept.settings, kept.baseline];
    // No scenario's reps run yet: the unit shown is the history's.
    if (kept?.currency) setCurrency(kept.currency);
    keepSettingsOnChange(this);

    const saved = await savedData.restoreImport();
    if (saved) {
      // The kept settings hold the unit of the history shown last, which may be the sample's.
      followHistoryInUse(saved.fileName);
      const outcome = await this.importCsv(saved.fileName, saved.bytes, saved.options);
      if (outcome.status !== 'failed') return;
      savedData.restoreFailed(saved.fileName, outcome.errors);
    }
    await this.useSample();
  }

  /**
   * Page load from a link. A link made on a file this browser keeps opens on that file, as a
   * reload does (the file is not in the link); any other opens on the data it names, or says
   * which file it needs (openScenario). The kept file is read either way, for the data panel.
   */
  async startFromLink(
    next: StatedScenario,
    extras: LinkExtras,
    warnings: Problem[] = [],
  ): Promise<void> {
    if (this.dataset || this.busy) return;
    warmWorkers();
    await this.#openLinked(next, extras, warnings, true);
  }

  /**
   * A link opened in a tab already showing the app: only the address's fragment changed, so the
   * page was not loaded again. It opens as the page opened from it would (startFromLink), on
   * the kept file it names unless that file is the data in use already.
   */
  async openLink(next: StatedScenario, extras: LinkExtras, warnings: Problem[]): Promise<void> {
    const readKept = next.data.source === 'file' && this.dataset?.source !== next.data.path;
    await this.#openLinked(next, extras, warnings, readKept);
  }

  /**
   * Opens a link's scenario, after importing the kept file it names when `readKept`. A link
   * pasted or a scenario opened while that file is read (#opened), or a request that overtook
   * its import, is newer: this one then gives way.
   */
  async #openLinked(
    next: StatedScenario,
    extras: LinkExtras,
    warnings: Problem[],
    readKept: boolean,
  ): Promise<void> {
    const mine = ++this.#opened;
    if (readKept) {
      // Before the kept file's unit is taken, while the results on screen are other data's.
      this.#holdResultsUnit();
      const saved = await savedData.restoreImport();
      if (mine !== this.#opened) return;
      const named = next.data.source === 'file' && saved?.fileName === next.data.path;
      const imported = saved && named ? await this.#importKept(saved) : null;
      if (mine !== this.#opened || imported === 'stale') return;
    }
    await this.openScenario(next, extras, warnings);
  }

  /**
   * Imports the file this browser keeps; its status. The file's unit is taken first, for the
   * import to read; if it does not load, the data still in use take theirs back (with none
   * yet, the sample loads next and does).
   */
  async #importKept(saved: SavedImport): Promise<ImportOutcome['status']> {
    followHistoryInUse(saved.fileName);
    // Its own run is overtaken by the scenario's at once.
    const outcome = await this.importCsv(saved.fileName, saved.bytes, saved.options);
    if (outcome.status === 'failed') savedData.restoreFailed(saved.fileName, outcome.errors);
    if (outcome.status !== 'loaded' && this.dataset) followHistoryInUse(this.dataset.source);
    return outcome.status;
  }

  /** The schemes as they run now: the scenario's, with the settings panel applied. */
  get schemes(): Scheme[] {
    return this.scenario ? applySettings(this.scenario.schemes, this.settings) : [];
  }

  /**
   * The scenario file of what runs now: settings applied, seed and trials as set. Known gap:
   * while the run uses the scenario's own reps the file names the loaded history instead
   * (ScenarioFile has no "reps" data yet), so reopening it runs on that history.
   */
  scenarioFile(): ScenarioFile | null {
    if (!this.scenario) return null;
    const schemes = $state.snapshot(this.schemes) as Scheme[];
    // The scenario's description speaks of its own schemes and data ("on the built-in sample
    // history"); once the panel changed the schemes (a rate, a floor) or the run is on other
    // data, it would describe something else, so it is left out.
    const dataSource = this.dataset?.source ?? null;
    const asWritten =
      JSON.stringify(schemes) === JSON.stringify(this.scenario.schemes) &&
      sameData(this.scenario.data, dataSource);
    const panel = $state.snapshot(this.behaviour) as OwnBehaviour;
    return scenarioFile({
      name: this.scenario.name,
      description: asWritten ? this.scenario.description : undefined,
      seed: this.settings.seed,
      trials: this.settings.trials,
      dataSource,
      schemes,
      baseline: this.baseline,
      behaviour: behaviourToWrite(this.scenario, panel, $state.snapshot(this.settings.economics)),
    });
  }

  /**
   * Opens a scenario (from a file or a link): its schemes, seed, trials and baseline replace
   * the current ones, as do the economics (see economicsFrom), and a run starts. A scenario
   * made on an imported file cannot bring the file along; it runs on the data at hand and says
   * which file would reproduce it. One that lists its own reps runs on them when its schemes do
   * not fit the loaded history (a quarterly letter on months), else on the history; the notice
   * offers the other.
   */
  async openScenario(
    next: StatedScenario,
    extras?: LinkExtras,
    warnings: Problem[] = [],
  ): Promise<void> {
    this.#opened += 1;
    this.scenario = next;
    this.scenarioErrors = [];
    this.scenarioWarnings = bannerWarnings(warnings);
    this.settings = settingsFrom(next, DEFAULT_HAGGLING, economicsFrom(next, extras?.economics));
    this.behaviour = behaviourFrom(next);
    this.baseline = next.baseline;
    this.#holdResultsUnit();

    const wantsFile = next.data.source === 'file' ? next.data.path : null;
    const hasFile = wantsFile !== null && this.dataset?.source === wantsFile;
    this.scenarioReps = next.data.source === 'reps' ? repsFromScenario(next.data) : null;
    // A file that states the unit of its amounts is shown in it (a letter in 万元); one that
    // does not, as older files, keeps the unit the user picked. Reps in another unit than the
    // history's make the history unfit for the file's schemes even if its periods fit (a letter
    // paying yuan a case, run on figures in another unit), so the file runs on its own reps, as
    // the command line runs it, and the notice offers the history. The history's unit is that
    // of the data, not of the scenario opened before, so a file opens on the same data every
    // time.
    // The unit stated is that of the data the scenario names: when that is a file not loaded
    // here, the data it runs on instead (the sample) keep their own.
    const namedData = wantsFile === null || hasFile;
    const stated = namedData ? (next.currency ?? extras?.currency) : undefined;
    const ownReps = this.scenarioReps !== null;
    // Data read from 万元 headers are in yuan already (importCsv): counted in 万元 by a scenario
    // run on them, every figure would read 10,000 times too large. The rest of it still opens.
    const scaled = !ownReps && stated === 'CNY-10k' && this.dataset?.scaled === true;
    const toSample = next.data.source === 'sample' && this.dataset?.source !== null;
    // The unit stated is the history's once it loads, the sample's when there is none yet.
    if (stated !== undefined && !ownReps) {
      statedForHistory(toSample ? null : (this.dataset?.source ?? null));
    }
    this.#repsInOtherUnit = this.#units.open(scaled ? 'CNY' : stated, ownReps);
    this.onScenarioReps = this.#runsOwnReps();
    this.#showUnitInUse();
    this.notice =
      next.data.source === 'reps'
        ? { key: 'scenarioReps' }
        : wantsFile !== null && !hasFile
          ? { key: 'notice.needsFile', file: wantsFile }
          : null;

    if (toSample) await this.useSample();
    else await this.run();
    this.#settleResultsUnit();
  }

  /**
   * Runs the Schemes screen's schemes in place of the scenario's, against `baseline`. The
   * panel's rate, floor and haggling are read from them, as from a file; the seed and trials,
   * the economics (shared with Behaviour), the behaviour screen's settings and the data in use
   * stay as the user set them. The description goes once the schemes differ: it spoke of the
   * scenario's own.
   */
  async useSchemes(schemes: Scheme[], baseline: string): Promise<void> {
    const scenario = this.scenario;
    if (!scenario) return;
    const { seed, trials, economics } = $state.snapshot(this.settings);
    const next: Scenario = { ...scenario, schemes, baseline };
    if (JSON.stringify(schemes) !== JSON.stringify(scenario.schemes)) delete next.description;
    this.scenario = next;
    this.scenarioErrors = [];
    this.settings = settingsFrom({ schemes, seed, trials }, DEFAULT_HAGGLING, economics);
    this.baseline = baseline;
    // Schemes that no longer fit the history move the run to the scenario's reps.
    this.#holdResultsUnit();
    if (this.scenarioReps !== null) this.onScenarioReps = this.#runsOwnReps();
    this.#showUnitInUse();
    await this.run();
    this.#settleResultsUnit();
  }

  /** Whether a scenario's own reps run rather than the loaded history (see openScenario). */
  #runsOwnReps(): boolean {
    return this.scenarioReps !== null && (this.#repsInOtherUnit || !this.#fitsHistory());
  }

  /** The unit the loaded history is counted in, kept with the settings. */
  get historyUnit(): Currency {
    return this.#units.historyUnit;
  }

  /** Money is shown in the unit of the data the run uses (see UnitsShown). */
  #showUnitInUse(): void {
    this.#units.show(this.dataName.kind === 'scenarioReps');
  }

  /**
   * The notice's switch. The figures on screen keep their unit until the run on the other data
   * puts its own there (#holdResultsUnit): the two may be counted in units 10,000 apart. A run
   * that fails or is cancelled puts the switch back, as a refused import leaves the data as
   * they were, so the figures left on screen are those of the data in use.
   */
  override async useScenarioReps(on: boolean): Promise<void> {
    this.#holdResultsUnit();
    // The switch itself is synchronous; the run it starts is what is awaited.
    const switched = super.useScenarioReps(on);
    this.#showUnitInUse();
    await switched;
    if (this.onScenarioReps === on && this.previousData && !this.busy) {
      this.onScenarioReps = !on;
      this.#showUnitInUse();
    }
    this.#settleResultsUnit();
  }

  protected override showingResults(): void {
    releaseResultsCurrency();
  }

  /**
   * Other data, or a scenario stating their unit, are chosen: the comparison's results keep
   * the unit of the data they were run on until the run on the new data puts its own there
   * (showingResults), as the unit of the data in use may change meanwhile. Only Compare shows
   * them in it (unitOnScreen); there the import dialog reads the new file's figures in its
   * own unit (fmtOfData), and the settings' money fields theirs (moneyField). Known gap:
   * meanwhile the new history's chart and the settings' labels there name the unit held.
   */
  #holdResultsUnit(): void {
    if (this.summary !== null) holdResultsCurrency();
  }

  /**
   * A switch that ended with nothing under way: no hold is needed if the data in use are
   * counted in the unit held (a refused file); else the results are still the other data's.
   */
  #settleResultsUnit(): void {
    if (!this.busy && resultsCurrency() === currency()) releaseResultsCurrency();
  }

  /**
   * Why the schemes in use cannot run on the loaded history (its periods), as problems; none
   * when they can, or with no history loaded. The notice then offers no switch to it.
   */
  get historyMisfit(): Problem[] {
    const periods = this.dataset?.result.reps[0]?.mean.length;
    return periods === undefined ? [] : checkSchemes(this.schemes, periods).problems;
  }

  /**
   * Loading a history takes its unit from the start, so that the import reads the unit it is
   * counted in, while the results on screen keep theirs (#holdResultsUnit); if the data in use
   * do not change after all (a refused file), their unit comes back.
   */
  override async useSample(): Promise<void> {
    this.#holdResultsUnit();
    this.#units.show(false);
    await super.useSample();
    this.#showUnitInUse();
    this.#settleResultsUnit();
  }

  override async importCsv(
    fileName: string,
    bytes: Uint8Array,
    options: ImportOptions,
  ): Promise<ImportOutcome> {
    this.#holdResultsUnit();
    this.#units.show(false);
    const outcome = await super.importCsv(fileName, bytes, options);
    this.#showUnitInUse();
    // A file loaded is followed by the unit its import names (Importer.confirm), after this.
    if (outcome.status !== 'loaded') this.#settleResultsUnit();
    return outcome;
  }

  /** True when the schemes as they run now have no problem with the loaded history. */
  #fitsHistory(): boolean {
    return this.dataset?.result.reps[0] !== undefined && this.historyMisfit.length === 0;
  }

  /** Compare against another scheme; the blocks of the run give its differences at once. */
  setBaseline(id: string): void {
    this.baseline = id;
  }
}

/** Shared by every screen, so data and results survive moving between them. */
export const session = new Session();
