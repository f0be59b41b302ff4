import {
  REQUIRED_ROLES,
  previewFile,
  readFileBook,
  type ColumnMapping,
  type ColumnRole,
  type FilePreview,
  type ImportOptions,
  type PreviewChoice,
  type StatusCount,
  type TextEncodingName,
  type Workbook,
} from '../data';
import { checkSize } from '../data/checkFile';
import { decodeBytes } from '../data/decode';
import { fileFormat } from '../data/fileFormat';
import { jsonKind, opensAsJson } from '../data/jsonFile';
import type { StatedScenario } from '../engine/scenario';
import type { Problem } from '../engine/schemes/schema/problem';
import { note, type ImportMessage } from '../data/importMessages';
import type { DataNote } from '../data/dataNote';
import type {
  CalendarChoice,
  DateOrderChoice,
  ImportResult,
  ImportTarget,
  LoadedData,
} from './importChoices';
import { followImportedCurrency } from './importedCurrency';
import { ImportGroups } from './importGroups.svelte';
import { pickImportFile, type LeftOutFile } from './importFiles';
import { importOptions } from './importOptions';
import { ImportProgress } from './importProgress.svelte';
import { readScenarioFile } from './readScenarioFile';
import { recountStatuses } from './recountStatuses';
import { messageOf } from './stages';

export {
  ACCEPTED_FILES,
  FISCAL_START,
  encodingLabels,
  encodings,
  type CalendarChoice,
  type DateOrderChoice,
  type ImportResult,
  type ImportTarget,
  type JoinedGroups,
  type LoadedData,
} from './importChoices';

/**
 * The steps of an import: the chosen file and its preview (sheet, header row, encoding), a
 * column per role, the statuses that count, date order and skipping; then the errors of a
 * failed attempt, or what a successful one read (skipped rows and warnings). An assignment file
 * and the groups of the data on screen are `groups`' part; the running import is `progress`'.
 */
export class Importer {
  fileName = $state<string | null>(null);
  bytes = $state.raw<Uint8Array | null>(null);
  book = $state.raw<Workbook | null>(null);
  preview = $state.raw<FilePreview | null>(null);
  mapping = $state<ColumnMapping | null>(null);
  statuses = $state.raw<StatusCount[]>([]);
  counted = $state<string[]>([]);
  dateOrder = $state<DateOrderChoice>('auto');
  skipBadRows = $state(false);
  /** Periods to calibrate on, as the dialog's select shows and sets them. */
  calendar = $state<CalendarChoice>('auto');
  errors = $state.raw<ImportMessage[]>([]);
  /** Files given with this one and left out: one file is imported at a time. */
  leftOut = $state.raw<LeftOutFile[]>([]);
  /**
   * The text of a scenario file given instead of a table: nothing is imported, and the dialog
   * offers to open it as the scenario, which only the user's say does (it replaces the schemes
   * and settings in use).
   */
  scenarioText = $state.raw<string | null>(null);
  /** Why the scenario file given could not be opened. */
  scenarioProblems = $state.raw<Problem[]>([]);
  result = $state.raw<ImportResult | null>(null);
  /** True while a file is read or a preview is made. */
  reading = $state(false);
  readonly groups = new ImportGroups();
  readonly progress = new ImportProgress();
  // Reading a file, a preview and a count of statuses wait on the file, a worker and DuckDB, so
  // one asked for while an earlier one is still on its way would otherwise be overwritten by
  // the earlier when it resumes. Each takes a number; a call that resumes to find a later
  // number leaves the dialog to the later call.
  #given = 0;
  #previewed = 0;
  #counted = 0;

  /** The preview found a problem only the user can settle (see FilePreview.notes). */
  get blocked(): boolean {
    return (this.preview?.notes.length ?? 0) > 0;
  }

  /** Rep, date and sales each have a column that exists in the table. */
  get ready(): boolean {
    if (this.assignment) return this.assignments !== null;
    const { mapping, preview } = this;
    if (!mapping || !preview) return false;
    return REQUIRED_ROLES.every((role) => {
      const header = mapping[role];
      return header !== null && preview.headers.includes(header);
    });
  }

  /** Of several files given together (dropped at once), imports a table, the first there is. */
  async chooseAmong(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    const given = ++this.#given;
    const picked = await pickImportFile(files);
    if (picked && given === this.#given) await this.choose(picked.file, picked.leftOut);
  }

  /** `leftOut`: other files given with it (dropped together), not imported. */
  async choose(file: File, leftOut: LeftOutFile[] = []): Promise<void> {
    this.discard();
    const given = this.#given;
    const current = () => given === this.#given;
    this.fileName = file.name;
    this.leftOut = leftOut;
    this.reading = true;
    try {
      // The size is checked from the first bytes, before the whole file is read into the tab.
      const magic = new Uint8Array(await file.slice(0, 8).arrayBuffer());
      if (!current()) return;
      const tooBig = checkSize(file.name, file.size, fileFormat(magic));
      if (tooBig.length > 0) {
        this.errors = tooBig;
        return;
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (!current()) return;
      // A scenario file is said to be one; other JSON is refused by the preview's checks.
      if (fileFormat(magic) === 'csv' && opensAsJson(bytes)) {
        const text = decodeBytes(bytes).text;
        if (jsonKind(text) === 'scenario') {
          this.scenarioText = text;
          return;
        }
      }
      this.bytes = bytes;
      // A workbook is parsed once, off the page's thread; one that fails is not tried again.
      const read = await readFileBook(bytes, file.name);
      if (!current()) return;
      if (read && !read.ok) {
        this.errors = read.errors;
        return;
      }
      this.book = read?.book ?? null;
      await this.#preview({});
    } catch (error) {
      if (current()) {
        this.errors = [note('readFailed', { file: file.name, reason: messageOf(error) })];
      }
    } finally {
      if (current()) this.reading = false;
    }
  }

  setEncoding(encoding: TextEncodingName): Promise<void> {
    return this.#preview({ encoding, headerRow: this.preview?.headerRow });
  }

  /** Another sheet: its own header row is detected again. */
  setSheet(sheet: string): Promise<void> {
    return this.#preview({ sheet });
  }

  setHeaderRow(headerRow: number): Promise<void> {
    const { preview } = this;
    // A detected encoding is kept, unless rows in two encodings still wait for a choice.
    const keep = preview?.encoding && !this.blocked ? { encoding: preview.encoding } : {};
    return this.#preview({ ...keep, sheet: preview?.sheet ?? undefined, headerRow });
  }

  /**
   * The column taken as the target while no column holds the sales: a quota history has only
   * quotas, and detection reads them as targets, so the user is told it may hold the sales.
   */
  get targetWithoutSales(): string | null {
    const { mapping } = this;
    if (!mapping || mapping.sales !== null || this.assignment) return null;
    return mapping.target;
  }

  /**
   * Gives `role` the column `header`; a column holds one role, so any other role it had is
   * cleared (sales chosen on the target's column would make every target equal its sales).
   * Resolves once the statuses of a new status column are counted.
   */
  async setRole(role: ColumnRole, header: string | null): Promise<void> {
    const { mapping } = this;
    if (!mapping) return;
    const moved = Object.entries(mapping)
      .filter(([other, column]) => other !== role && header !== null && column === header)
      .map(([other]) => other as ColumnRole);
    for (const other of moved) mapping[other] = null;
    mapping[role] = header;
    if (role === 'status' || moved.includes('status')) await this.#countStatuses();
  }

  toggleStatus(value: string, counts: boolean): void {
    this.counted = counts
      ? [...this.counted, value]
      : this.counted.filter((counted) => counted !== value);
  }

  /** Everything the data layer's importFile needs besides the bytes. */
  options(): ImportOptions {
    return importOptions({
      mapping: $state.snapshot(this.mapping),
      preview: this.preview,
      counted: $state.snapshot(this.counted),
      dateOrder: this.dateOrder,
      skipBadRows: this.skipBadRows,
      calendar: this.calendar,
    });
  }

  /**
   * Imports with the chosen options. On success the dialog shows what was read and `onLoaded`
   * gets the same bytes and options (to keep them); on failure the errors stay on screen.
   */
  async confirm(
    target: ImportTarget,
    onLoaded?: (fileName: string, bytes: Uint8Array, options: ImportOptions) => void,
  ): Promise<void> {
    const { fileName, bytes } = this;
    if (!fileName || !bytes) return;
    if (this.assignment) {
      const errors = await this.groups.join(target.dataset ?? null, fileName, bytes);
      if (errors) this.errors = errors;
      return;
    }

    const options = this.options();
    const watch = this.progress.start();
    let outcome: Awaited<ReturnType<ImportTarget['importCsv']>>;
    try {
      // The data layer may take the buffer over; keep ours for a second attempt.
      outcome = await target.importCsv(fileName, bytes.slice(), { ...options, watch });
    } finally {
      this.progress.end(watch);
    }
    if (outcome.status === 'failed') this.errors = outcome.errors;
    if (outcome.status === 'cancelled') [this.errors, this.progress.cancelled] = [[], true];
    if (outcome.status !== 'loaded') return;

    this.errors = [];
    // Amounts written "$1,200.50" are dollars: the reading drops the sign, so the figures take
    // the currency it named (the import's notice says so and how to change it); a currency set
    // so goes back to the default with a file that names none, with a notice of its own.
    const reset = followImportedCurrency(fileName, outcome.summary.currency);
    const summary = reset
      ? { ...outcome.summary, warnings: [...outcome.summary.warnings, reset] }
      : outcome.summary;
    const report = target.dataset?.result.report;
    const left = (w: DataNote): w is ImportMessage => w.code === 'repsLeft';
    this.result = {
      summary,
      thinReps: outcome.thinReps,
      volatilityAssumed: report?.warnings.some((w) => w.code === 'assumedVolatility') ?? false,
      leftReps: report?.warnings.filter(left) ?? [],
      grain: report?.grain ?? null,
      automatic: this.calendar === 'auto',
    };
    this.groups.quarters = options.quarters;
    onLoaded?.(fileName, bytes, options);
  }

  /**
   * Opens the scenario file given, once the user said so: on `target` (the session), closing
   * the dialog, unless the file cannot be opened, whose problems the dialog then shows.
   */
  async openScenario(target: {
    openScenario(next: StatedScenario, extras: undefined, warnings: Problem[]): Promise<void>;
  }): Promise<void> {
    const { scenarioText, fileName } = this;
    if (scenarioText === null || fileName === null) return;
    const read = readScenarioFile(scenarioText, fileName);
    if (!read.ok) {
      this.scenarioProblems = read.problems;
      return;
    }
    this.discard();
    await target.openScenario(read.scenario, undefined, read.warnings);
  }

  /** The step a confirmed import is in, while it runs (importWatch.ts). */
  get step() {
    return this.progress.step;
  }

  /** The last import was cancelled: the dialog says so until another file or attempt. */
  get cancelled(): boolean {
    return this.progress.cancelled;
  }

  cancel(): void {
    this.progress.cancel();
  }

  get assignment() {
    return this.groups.assignment;
  }

  get assignments() {
    return this.groups.assignments;
  }

  get joinedNow() {
    return this.groups.joinedNow;
  }

  get joined() {
    return this.groups.joined;
  }

  get data(): LoadedData | null {
    return this.groups.data;
  }

  set data(data: LoadedData | null) {
    this.groups.data = data;
  }

  restoreGroups(data: LoadedData): Promise<void> {
    return this.groups.restore(data);
  }

  /** The order of numbers-only dates in an assignment file; it is read again. */
  async setAssignmentDateOrder(order: DateOrderChoice): Promise<void> {
    this.dateOrder = order;
    await this.#readAssignments();
  }

  discard(): void {
    this.#given += 1;
    this.reading = false;
    this.fileName = null;
    this.leftOut = [];
    this.scenarioText = null;
    this.scenarioProblems = [];
    this.bytes = null;
    this.book = null;
    this.preview = null;
    this.mapping = null;
    this.statuses = [];
    this.counted = [];
    this.dateOrder = 'auto';
    this.skipBadRows = false;
    this.calendar = 'auto';
    this.errors = [];
    this.progress.cancelled = false;
    this.result = null;
    this.groups.discard();
  }

  async #readAssignments(): Promise<void> {
    const { fileName, bytes, preview, dateOrder } = this;
    const given = this.#given;
    const errors = await this.groups.read(fileName, bytes, preview, dateOrder);
    if (errors && given === this.#given) this.errors = errors;
  }

  async #preview(choice: PreviewChoice): Promise<void> {
    const { fileName, bytes } = this;
    if (!fileName || !bytes) return;

    const [given, previewed] = [this.#given, ++this.#previewed];
    const outcome = await previewFile(bytes, fileName, choice, this.book ?? undefined);
    if (given !== this.#given || previewed !== this.#previewed) return;
    if (!outcome.ok) {
      this.errors = outcome.errors;
      return;
    }
    this.preview = outcome.preview;
    this.mapping = { ...outcome.preview.mapping };
    this.errors = outcome.preview.notes;
    this.#setStatuses(outcome.preview.statuses);
    await this.#readAssignments();
  }

  // The preview counts statuses of the proposed column only; another choice needs a recount.
  async #countStatuses(): Promise<void> {
    const { preview, mapping } = this;
    if (!preview || !mapping) return;
    const [given, counted] = [this.#given, ++this.#counted];
    const statuses = await recountStatuses(this.bytes, preview, mapping, this.book);
    if (statuses && given === this.#given && counted === this.#counted) this.#setStatuses(statuses);
  }

  #setStatuses(statuses: StatusCount[]): void {
    this.statuses = statuses;
    this.counted = statuses.filter((s) => s.counted).map((s) => s.value);
  }
}
