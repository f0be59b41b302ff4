import { detectColumns, type ColumnMapping, type ColumnRole } from './columns';
import { PREVIEW_ROWS } from './constants';
import { csvRecords, recordsBelow, type Delimiter } from './csvRecords';
import { decodeBytes, type TextEncodingName } from './decode';
import { previewText } from './previewText';
import { countValues, type StatusCount } from './statuses';

export interface CsvPreview {
  fileName: string;
  encoding: TextEncodingName;
  delimiter: Delimiter;
  headers: string[];
  rows: string[][];
  /** Proposed header per role, with the match strength of each. */
  mapping: ColumnMapping;
  confidence: Record<ColumnRole, number>;
  overall: number;
  /** Values of the proposed status column over the whole file, and whether each counts. */
  statuses: StatusCount[];
}

/** What the mapping step shows: detected encoding, first rows, proposed columns and statuses. */
export function previewCsv(
  bytes: Uint8Array,
  fileName: string,
  options: { encoding?: TextEncodingName; rows?: number } = {},
): CsvPreview {
  const { text, encoding } = decodeBytes(bytes, options.encoding);
  const { delimiter, headers, rows } = previewText(text, options.rows ?? PREVIEW_ROWS);
  const { mapping, confidence, overall } = detectColumns(headers);
  const statusAt = mapping.status === null ? -1 : headers.indexOf(mapping.status);

  return {
    fileName,
    encoding,
    delimiter,
    headers,
    rows,
    mapping,
    confidence,
    overall,
    statuses: statusAt < 0 ? [] : statusCounts(text, delimiter, statusAt),
  };
}

/** Counts each value of one column (header excluded), most frequent first. */
export function statusCounts(text: string, delimiter: Delimiter, column: number): StatusCount[] {
  return countValues(recordsBelow(csvRecords(text, delimiter), 0), column);
}
