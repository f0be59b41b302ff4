import type { ColumnMapping, FilePreview, ImportOptions } from '../data';
import { FISCAL_START, type CalendarChoice, type DateOrderChoice } from './importChoices';

/** What the import dialog has chosen, as plain values (snapshots of the importer's state). */
export interface ImportDialogChoices {
  mapping: ColumnMapping | null;
  preview: FilePreview | null;
  counted: string[];
  dateOrder: DateOrderChoice;
  skipBadRows: boolean;
  calendar: CalendarChoice;
}

/**
 * Everything the data layer's importFile needs besides the bytes: the statuses that count only
 * with a status column, the date order only when set, and the periods only when not automatic.
 */
export function importOptions(choices: ImportDialogChoices): ImportOptions {
  const { mapping, preview, calendar } = choices;
  return {
    mapping: mapping ?? undefined,
    encoding: preview?.encoding ?? undefined,
    sheet: preview?.sheet ?? undefined,
    headerRow: preview?.headerRow,
    countStatuses: mapping?.status ? choices.counted : undefined,
    dateOrder: choices.dateOrder === 'auto' ? undefined : choices.dateOrder,
    skipBadRows: choices.skipBadRows,
    quarters:
      calendar === 'auto' || calendar === 'month'
        ? undefined
        : { fiscalStart: calendar === 'fiscal' ? FISCAL_START : 1 },
    months: calendar === 'month' ? true : undefined,
  };
}
