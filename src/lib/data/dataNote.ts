import { importMessageCodes, say, type ImportMessage } from './importMessages';
import { warningText, type DataWarning } from './warnings';

/**
 * A note of the data layer as data: an import's message or a calibration warning. Their codes
 * differ, so the code alone says which it is.
 */
export type DataNote = ImportMessage | DataWarning;

const warningCodes: ReadonlySet<string> = new Set<DataWarning['code']>([
  'shortGrain',
  'noSeasons',
  'noTrend',
  'gaps',
  'emptyPeriods',
  'noSales',
  'thinReps',
]);

/** Every code a note may have. */
export const noteCodes: readonly string[] = [...importMessageCodes, ...warningCodes];

export function isDataWarning(note: DataNote): note is DataWarning {
  return warningCodes.has(note.code);
}

/** A note in English, as the CLI prints it. */
export function noteText(note: DataNote): string {
  return isDataWarning(note) ? warningText(note) : say(note);
}
