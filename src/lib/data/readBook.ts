import type { FileFormat } from './fileFormat';
import { note, type ImportMessage } from './importMessages';
import { parseWorkbook } from './sheets/parseWorkbook';
import { readParquet } from './sheets/readParquet';
import type { Workbook } from './sheets/readWorkbook';

export type BookOutcome = { ok: true; book: Workbook } | { ok: false; errors: ImportMessage[] };

/**
 * A workbook (.xlsx, .xls) parsed off the thread with a time limit, or a Parquet file, as
 * sheets of text cells; a file that cannot be read comes back as one message naming it.
 */
export async function readBook(
  bytes: Uint8Array,
  fileName: string,
  format: Exclude<FileFormat, 'csv'>,
): Promise<BookOutcome> {
  if (format === 'parquet') {
    try {
      return { ok: true, book: { sheets: [await readParquet(bytes, 'data')], date1904: false } };
    } catch (error) {
      return {
        ok: false,
        errors: [note('badParquet', { file: fileName, reason: firstLine(error) })],
      };
    }
  }

  const parsed = await parseWorkbook(bytes);
  if (parsed.ok) return parsed;
  if ('readerMissing' in parsed) {
    return { ok: false, errors: [note('workbookReaderMissing', { file: fileName })] };
  }
  const errors =
    'stoppedAfter' in parsed
      ? [
          note('workbookStopped', {
            file: fileName,
            format,
            seconds: Math.round(parsed.stoppedAfter),
          }),
        ]
      : [note('badWorkbook', { file: fileName, format, reason: parsed.reason })];
  return { ok: false, errors };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
