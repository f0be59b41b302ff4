import {
  previewFile,
  type ColumnMapping,
  type FilePreview,
  type StatusCount,
  type Workbook,
} from '../data';
import { countValues } from '../data/statuses';

/**
 * The values of the status column `mapping` now names, counted over every row of the file.
 * The preview counts only the column it proposed, so another choice needs this; [] without a
 * status column, null when the file can no longer be read (the statuses then stay as they are).
 */
export async function recountStatuses(
  bytes: Uint8Array | null,
  preview: FilePreview,
  mapping: ColumnMapping,
  book: Workbook | null,
): Promise<StatusCount[] | null> {
  const column = mapping.status === null ? -1 : preview.headers.indexOf(mapping.status);
  if (column < 0 || !bytes) return [];

  const all = await previewFile(
    bytes,
    preview.fileName,
    {
      encoding: preview.encoding ?? undefined,
      sheet: preview.sheet ?? undefined,
      headerRow: preview.headerRow,
      rows: Number.MAX_SAFE_INTEGER,
    },
    book ?? undefined,
  );
  return all.ok ? countValues(all.preview.rows, column) : null;
}
