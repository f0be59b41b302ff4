import type { FilePreview } from '../data';
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
import { note, type ImportMessage } from '../data/importMessages';
import { loadsSettled } from '../data/source';
import type { Calendar } from '../data/sql/periodTotalsSql';
import type { DateOrderChoice, JoinedGroups, LoadedData } from './importChoices';
import { savedData } from './savedData.svelte';

/**
 * Groups of reps over time: an assignment file chosen in the import dialog, read and joined to
 * the data on screen, and the groups that data keeps (a kept assignment file, its own column).
 * Methods that read or join give the errors to show, or null when they leave them alone.
 */
export class ImportGroups {
  /** The chosen file assigns reps to groups over time (it is not a sales file). */
  assignment = $state.raw<AssignmentMapping | null>(null);
  /** Its checked spans, once read without problems. */
  assignments = $state.raw<Assignments | null>(null);
  /** What joining the chosen assignment file gave, shown until the dialog closes. */
  joinedNow = $state.raw<AssignmentJoin | null>(null);
  /** The data on screen, as the data panel shows it: what an assignment file would join. */
  data = $state.raw<LoadedData | null>(null);
  /** Groups joined to the data on screen; kept when the dialog closes (see restore). */
  joined = $state.raw<JoinedGroups | null>(null);
  /** The calendar of the last sales import of this page, for the groups' periods. */
  quarters: { fiscalStart: number } | undefined;
  #restoring: LoadedData | null = null;

  /**
   * The groups of `data`, once per data: the assignment file kept with it (a reload, or the same
   * file imported again), else the file's own group column (fileGroups). A kept file that no
   * longer joins is reported in the saved-data panel.
   */
  async restore(data: LoadedData): Promise<void> {
    if (data.source === null || this.joined?.data === data || this.#restoring === data) return;
    this.#restoring = data;
    try {
      const kept = await savedData.restoreAssignments(data.source);
      if (!kept) {
        const calendar = joinCalendar(data.result.report.grain, this.quarters);
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

  /** After each preview: an assignment file (by its header) is read with the same choices. */
  async read(
    fileName: string | null,
    bytes: Uint8Array | null,
    preview: FilePreview | null,
    dateOrder: DateOrderChoice,
  ): Promise<ImportMessage[] | null> {
    this.assignment = preview ? detectAssignmentColumns(preview.headers) : null;
    this.assignments = null;
    if (!this.assignment || !preview || !bytes || !fileName) return null;

    const read = await readAssignmentFile(fileName, bytes, {
      encoding: preview.encoding ?? undefined,
      sheet: preview.sheet ?? undefined,
      headerRow: preview.headerRow - 1,
      dateOrder: dateOrder === 'auto' ? undefined : dateOrder,
    });
    if (read.ok === true) this.assignments = read.assignments;
    return read.ok === false ? read.errors : [];
  }

  /** Joins the chosen file to `data`; a failed join leaves data, groups and what is kept. */
  async join(
    data: LoadedData | null,
    fileName: string,
    bytes: Uint8Array,
  ): Promise<ImportMessage[] | null> {
    if (!this.assignments) return null;
    if (!data) return [note('assignNoData', { file: fileName })];

    const calendar = joinCalendar(data.result.report.grain, this.quarters);
    const outcome = await joinToDb(this.assignments, calendar);
    if (!outcome.ok) return outcome.errors;
    this.joinedNow = outcome.join;
    this.joined = { data, join: outcome.join };
    if (data.source !== null) {
      void savedData.keepAssignments({ fileName, bytes, salesFile: data.source, calendar });
    }
    return [];
  }

  /** Forgets the chosen file; the groups of the data on screen stay. */
  discard(): void {
    this.assignment = null;
    this.assignments = null;
    this.joinedNow = null;
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
