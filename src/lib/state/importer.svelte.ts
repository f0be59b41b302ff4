import {
  REQUIRED_ROLES,
  previewFile,
  readFileBook,
  type ColumnMapping,
  type ColumnRole,
  type DateOrder,
  type FilePreview,
  type ImportOptions,
  type ImportSummary,
  type PreviewChoice,
  type StatusCount,
  type TextEncodingName,
  type Workbook,
} from '../data';
import {
  detectAssignmentColumns,
  type AssignmentMapping,
} from '../data/assignments/assignmentColumns';
import { readAssignmentFile } from '../data/assignments/assignmentFile';
import { fileGroups } from '../data/assignments/fileGroups';
import { joinAssignments, type AssignmentJoin } from '../data/assignments/joinAssignments';
import { joinCalendar } from '../data/assignments/joinCalendar';
import type { Assignments } from '../data/assignments/readAssignments';
import { getBrowserDb } from '../data/browserDb';
import { checkSize } from '../data/checkFile';
import { say } from '../data/importMessages';
import { loadsSettled } from '../data/source';
import type { Calendar } from '../data/sql/periodTotalsSql';
import type { Grain } from '../data/types';
import { fileFormat } from '../data/fileFormat';
import type { ImportStep, ImportWatch } from '../data/importWatch';
import { countValues } from '../data/previewFile';
import { savedData } from './savedData.svelte';
import { messageOf } from './stages';

/** Encodings offered in the mapping step, in the data layer's names, with their usual names. */
export const encodings: TextEncodingName[] = [
  'utf-8',
  'gb18030',
  'utf-16le',
  'utf-16be',
  'windows-1252',
];

export const encodingLabels: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GB18030 / GBK',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 / Latin-1',
};

/** What the file input accepts: text tables, both Excel formats and Parquet. */
export const ACCEPTED_FILES = '.csv,.tsv,.txt,.xlsx,.xls,.parquet,text/csv';

/** Day/month order of numbers-only dates: decided from the column, or set by the user. */
export type DateOrderChoice = 'auto' | DateOrder;

/** Periods to calibrate on: automatic (months for a long history), quarters, fiscal quarters. */
export type CalendarChoice = 'month' | 'quarter' | 'fiscal';

/** The plan's fiscal year runs October–September (see domain.md). */
export const FISCAL_START = 10;

/** What an import read, shown until the user closes the dialog. */
export interface ImportResult {
  summary: ImportSummary;
  /** Reps whose history is too short to fit on its own (see THIN_PERIODS). */
  thinReps: string[];
}

/** The data on screen, as the session holds it: an assignment file is joined to it. */
export interface LoadedData {
  /** The imported file's name; null for the built-in sample. */
  source: string | null;
  result: { report: { grain: Grain } };
}

/** Groups joined to the data on screen; shown while that data stays. */
export interface JoinedGroups {
  data: LoadedData;
  join: AssignmentJoin;
}

/** The part of the session an import needs, so the importer can be tested without one. */
export interface ImportTarget {
  /** The data on screen, if any (the session's dataset). */
  readonly dataset?: LoadedData | null;
  importCsv(
    fileName: string,
    bytes: Uint8Array,
    options: ImportOptions,
  ): Promise<
    | { status: 'loaded'; summary: ImportSummary; thinReps: string[] }
    | { status: 'failed'; errors: string[] }
    | { status: 'stale' }
    | { status: 'cancelled' }
  >;
}

/**
 * The steps of an import: the chosen file and its preview (sheet, header row, encoding), a
 * column per role, the statuses that count, date order and skipping; then the errors of a
 * failed attempt, or what a successful one read (skipped rows and warnings).
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
  #calendar = $state<CalendarChoice>('month');
  /** The user picked the calendar; until then Months means "as the dates suggest" (grain.ts). */
  #calendarChosen = false;
  errors = $state.raw<string[]>([]);
  result = $state.raw<ImportResult | null>(null);
  /** The step a confirmed import is in, while it runs (importWatch.ts). */
  step = $state<ImportStep | null>(null);
  /** The last import was cancelled: the dialog says so until another file or attempt. */
  cancelled = $state(false);
  #watch: ImportWatch | null = null;
  /** True while a file is read or a preview is made. */
  reading = $state(false);
  /** The chosen file assigns reps to groups over time (it is not a sales file). */
  assignment = $state.raw<AssignmentMapping | null>(null);
  /** Its checked spans, once read without problems. */
  assignments = $state.raw<Assignments | null>(null);
  /** What joining the chosen assignment file gave, shown until the dialog closes. */
  joinedNow = $state.raw<AssignmentJoin | null>(null);
  /** The data on screen, as the data panel shows it: what an assignment file would join. */
  data = $state.raw<LoadedData | null>(null);
  /** Groups joined to the data on screen; kept when the dialog closes (see restoreGroups). */
  joined = $state.raw<JoinedGroups | null>(null);
  /** The calendar of the last sales import of this page, for the groups' periods. */
  #quarters: { fiscalStart: number } | undefined;
  #restoring: LoadedData | null = null;

  /** Periods to calibrate on, as the dialog's select shows and sets them. */
  get calendar(): CalendarChoice {
    return this.#calendar;
  }

  set calendar(choice: CalendarChoice) {
    this.#calendar = choice;
    this.#calendarChosen = true;
  }

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

  async choose(file: File): Promise<void> {
    this.discard();
    this.fileName = file.name;
    this.reading = true;
    try {
      // The size is checked from the first bytes, before the whole file is read into the tab.
      const magic = new Uint8Array(await file.slice(0, 8).arrayBuffer());
      const tooBig = checkSize(file.name, file.size, fileFormat(magic));
      if (tooBig.length > 0) {
        this.errors = tooBig;
        return;
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      this.bytes = bytes;
      // A workbook is parsed once, off the page's thread; one that fails is not tried again.
      const read = await readFileBook(bytes, file.name);
      if (read && !read.ok) {
        this.errors = read.errors;
        return;
      }
      this.book = read?.book ?? null;
      await this.#preview({});
    } catch (error) {
      this.errors = [`${file.name}: ${messageOf(error)}`];
    } finally {
      this.reading = false;
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

  /** Sets a role's column; resolves once the statuses of a new status column are counted. */
  async setRole(role: ColumnRole, header: string | null): Promise<void> {
    if (!this.mapping) return;
    this.mapping[role] = header;
    if (role === 'status') await this.#countStatuses();
  }

  toggleStatus(value: string, counts: boolean): void {
    this.counted = counts
      ? [...this.counted, value]
      : this.counted.filter((counted) => counted !== value);
  }

  /** Everything the data layer's importFile needs besides the bytes. */
  options(): ImportOptions {
    const mapping = $state.snapshot(this.mapping) ?? undefined;
    const preview = this.preview;
    return {
      mapping,
      encoding: preview?.encoding ?? undefined,
      sheet: preview?.sheet ?? undefined,
      headerRow: preview?.headerRow,
      countStatuses: mapping?.status ? $state.snapshot(this.counted) : undefined,
      dateOrder: this.dateOrder === 'auto' ? undefined : this.dateOrder,
      skipBadRows: this.skipBadRows,
      quarters:
        this.calendar === 'month'
          ? undefined
          : { fiscalStart: this.calendar === 'fiscal' ? FISCAL_START : 1 },
      months: this.calendar === 'month' && this.#calendarChosen ? true : undefined,
    };
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
    if (this.assignment) return this.#joinChosen(target, fileName, bytes);

    const options = this.options();
    const watch: ImportWatch = { cancelled: false, step: (step) => (this.step = step) };
    this.#watch = watch;
    this.cancelled = false;
    let outcome: Awaited<ReturnType<ImportTarget['importCsv']>>;
    try {
      // The data layer may take the buffer over; keep ours for a second attempt.
      outcome = await target.importCsv(fileName, bytes.slice(), { ...options, watch });
    } finally {
      if (this.#watch === watch) [this.#watch, this.step] = [null, null];
    }
    if (outcome.status === 'failed') this.errors = outcome.errors;
    if (outcome.status === 'cancelled') [this.errors, this.cancelled] = [[], true];
    if (outcome.status !== 'loaded') return;

    this.errors = [];
    this.result = { summary: outcome.summary, thinReps: outcome.thinReps };
    this.#quarters = options.quarters;
    // The select shows the periods the data was fitted on: quarters when its dates were quarterly.
    if (!this.#calendarChosen && target.dataset?.result.report.grain === 'quarter') {
      this.#calendar = 'quarter';
    }
    onLoaded?.(fileName, bytes, options);
  }

  /** The import under way can still be cancelled: it has not begun to replace the data. */
  get cancellable(): boolean {
    return this.step !== null && this.step !== 'fitting';
  }

  /** Stops the import under way before its next statement; confirm then reports it. */
  cancel(): void {
    if (this.#watch && this.cancellable) this.#watch.cancelled = true;
  }

  /**
   * The groups of `data`, once per data: the assignment file kept with it (a reload, or the same
   * file imported again), else the file's own group column (fileGroups). A kept file that no
   * longer joins is reported in the saved-data panel.
   */
  async restoreGroups(data: LoadedData): Promise<void> {
    if (data.source === null || this.joined?.data === data || this.#restoring === data) return;
    this.#restoring = data;
    try {
      const kept = await savedData.restoreAssignments(data.source);
      if (!kept) {
        const calendar = joinCalendar(data.result.report.grain, this.#quarters);
        const own = await fileGroups(await settledDb(), data.source, calendar);
        if (own) this.joined = { data, join: own };
        return;
      }
      const read = await readAssignmentFile(kept.fileName, kept.bytes);
      const outcome = read.ok === true ? await joinToDb(read.assignments, kept.calendar) : null;
      if (outcome?.ok) this.joined = { data, join: outcome.join };
      else savedData.restoreFailed(kept.fileName, read.ok === false ? read.errors : []);
    } finally {
      this.#restoring = null;
    }
  }

  /** The order of numbers-only dates in an assignment file; it is read again. */
  async setAssignmentDateOrder(order: DateOrderChoice): Promise<void> {
    this.dateOrder = order;
    await this.#readAssignments();
  }

  /** After each preview: an assignment file (by its header) is read with the same choices. */
  async #readAssignments(): Promise<void> {
    const { preview, bytes, fileName } = this;
    this.assignment = preview ? detectAssignmentColumns(preview.headers) : null;
    this.assignments = null;
    if (!this.assignment || !preview || !bytes || !fileName) return;

    const read = await readAssignmentFile(fileName, bytes, {
      encoding: preview.encoding ?? undefined,
      sheet: preview.sheet ?? undefined,
      headerRow: preview.headerRow - 1,
      dateOrder: this.dateOrder === 'auto' ? undefined : this.dateOrder,
    });
    this.errors = read.ok === false ? read.errors : [];
    if (read.ok === true) this.assignments = read.assignments;
  }

  /** A failed join leaves the data, its groups and what is kept as they were. */
  async #joinChosen(target: ImportTarget, fileName: string, bytes: Uint8Array): Promise<void> {
    const data = target.dataset ?? null;
    if (!this.assignments) return;
    if (!data) {
      this.errors = [say('assignNoData', { file: fileName })];
      return;
    }

    const calendar = joinCalendar(data.result.report.grain, this.#quarters);
    const outcome = await joinToDb(this.assignments, calendar);
    if (!outcome.ok) {
      this.errors = outcome.errors;
      return;
    }
    this.errors = [];
    this.joinedNow = outcome.join;
    this.joined = { data, join: outcome.join };
    if (data.source !== null) {
      void savedData.keepAssignments({ fileName, bytes, salesFile: data.source, calendar });
    }
  }

  discard(): void {
    this.fileName = null;
    this.bytes = null;
    this.book = null;
    this.preview = null;
    this.mapping = null;
    this.statuses = [];
    this.counted = [];
    this.dateOrder = 'auto';
    this.skipBadRows = false;
    this.#calendar = 'month';
    this.#calendarChosen = false;
    this.errors = [];
    this.cancelled = false;
    this.result = null;
    this.assignment = null;
    this.assignments = null;
    this.joinedNow = null;
  }

  async #preview(choice: PreviewChoice): Promise<void> {
    const { fileName, bytes } = this;
    if (!fileName || !bytes) return;

    const outcome = await previewFile(bytes, fileName, choice, this.book ?? undefined);
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

    const column = mapping.status === null ? -1 : preview.headers.indexOf(mapping.status);
    if (column < 0 || !this.bytes) {
      this.#setStatuses([]);
      return;
    }

    const all = await previewFile(
      this.bytes,
      preview.fileName,
      {
        encoding: preview.encoding ?? undefined,
        sheet: preview.sheet ?? undefined,
        headerRow: preview.headerRow,
        rows: Number.MAX_SAFE_INTEGER,
      },
      this.book ?? undefined,
    );
    if (all.ok) this.#setStatuses(countValues(all.preview.rows, column));
  }

  #setStatuses(statuses: StatusCount[]): void {
    this.statuses = statuses;
    this.counted = statuses.filter((s) => s.counted).map((s) => s.value);
  }
}

/** The page's DuckDB once the loads already asked for are done (the sample's rows, a file). */
async function settledDb() {
  const db = await getBrowserDb();
  await loadsSettled();
  return db;
}

async function joinToDb(assignments: Assignments, calendar: Calendar) {
  return joinAssignments(await settledDb(), assignments, calendar);
}
