import { csvRecords, sniffDelimiter, type Delimiter } from './csvRecords';

export interface TextPreview {
  delimiter: Delimiter;
  headers: string[];
  /** The first data rows, as text, for the mapping step. */
  rows: string[][];
}

/** Headers and the first `n` data rows of decoded CSV text. */
export function previewText(text: string, n: number): TextPreview {
  const delimiter = sniffDelimiter(text);
  const rows: string[][] = [];
  let headers: string[] = [];

  for (const record of csvRecords(text, delimiter)) {
    if (headers.length === 0) headers = record.map((h) => h.trim());
    else rows.push(record);
    if (rows.length >= n) break;
  }

  return { delimiter, headers, rows };
}
