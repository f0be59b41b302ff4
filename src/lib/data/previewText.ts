import { csvRecords, sniffDelimiter, type Delimiter } from './csvRecords';
import { distinctHeaders } from './distinctHeaders';
import { detectHeaderRow } from './headerRow';

export interface TextPreview {
  delimiter: Delimiter;
  /** Index of the header among the non-blank records: the title rows above it. */
  headerRow: number;
  /** The header's cells told apart (distinctHeaders): the names the mapping chooses from. */
  headers: string[];
  /** The header's cells as written, to show the file as it is. */
  written: string[];
  /** The first data rows, as text, for the mapping step. */
  rows: string[][];
}

/** Records read to find the header below any title rows. */
const HEAD_RECORDS = 30;

/**
 * Headers and the first `n` data rows of decoded CSV text. The header is the given record, or
 * the first one filled at least half as wide as the widest (see detectHeaderRow).
 */
export function previewText(text: string, n: number, headerRow?: number): TextPreview {
  const delimiter = sniffDelimiter(text);
  const wanted = Math.max(HEAD_RECORDS, (headerRow ?? 0) + 1) + n;
  const records: string[][] = [];

  for (const record of csvRecords(text, delimiter)) {
    records.push(record);
    if (records.length >= wanted) break;
  }

  const at = headerRow ?? detectHeaderRow(records);
  const written = (records[at] ?? []).map((h) => h.trim());
  const rows = records.slice(at + 1, at + 1 + n);
  return { delimiter, headerRow: at, headers: distinctHeaders(written), written, rows };
}
