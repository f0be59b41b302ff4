import type { DataNote } from '../data/dataNote';
import type { ImportMessage } from '../data/importMessages';
import type { DateOrder, ImportOptions, ImportSummary, TextEncodingName } from '../data';
import type { AssignmentJoin } from '../data/assignments/joinAssignments';
import type { Grain } from '../data/types';

/** Encodings offered in the mapping step, in the data layer's names, with their usual names. */
export const encodings: TextEncodingName[] = [
  'utf-8',
  'gb18030',
  'big5',
  'utf-16le',
  'utf-16be',
  'windows-1252',
];

export const encodingLabels: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GB18030 / GBK',
  big5: 'Big5',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 / Latin-1',
};

/** What the file input accepts: text tables, both Excel formats and Parquet. */
export const ACCEPTED_FILES = '.csv,.tsv,.txt,.xlsx,.xls,.parquet,text/csv';

/** Day/month order of numbers-only dates: decided from the column, or set by the user. */
export type DateOrderChoice = 'auto' | DateOrder;

/**
 * Periods to calibrate on: automatic (as the dates suggest, grain.ts chooseGrain), months,
 * calendar quarters or fiscal quarters; a choice other than automatic is applied as made.
 */
export type CalendarChoice = 'auto' | 'month' | 'quarter' | 'fiscal';

/** The plan's fiscal year runs October–September (see domain.md). */
export const FISCAL_START = 10;

/** What an import read, shown until the user closes the dialog. */
export interface ImportResult {
  summary: ImportSummary;
  /** The periods the history was fitted on, and whether the dates chose them (automatic). */
  grain: Grain | null;
  automatic: boolean;
  /** Reps whose history is too short to fit on its own (see THIN_PERIODS). */
  thinReps: string[];
  /** No rep had two periods with sales: every volatility is assumed, none borrowed. */
  volatilityAssumed: boolean;
  /** The calibration's notices naming reps it left out as having left (no rows in a year). */
  leftReps: ImportMessage[];
}

/** The data on screen, as the session holds it: an assignment file is joined to it. */
export interface LoadedData {
  /** The imported file's name; null for the built-in sample. */
  source: string | null;
  result: { report: { grain: Grain; warnings: DataNote[] } };
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
    | { status: 'failed'; errors: ImportMessage[] }
    | { status: 'stale' }
    | { status: 'cancelled' }
  >;
}
