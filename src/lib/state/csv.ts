/**
 * CSV that spreadsheets open safely (OWASP, "CSV Injection"): a text cell that starts with
 * =, +, -, @, a tab or a carriage return (or their full-width and minus-sign look-alikes) is
 * read as a formula by Excel and others, so it gets a leading single quote. Numbers are written
 * as numbers: a negative number is data, not a formula. A byte-order mark makes Excel read
 * UTF-8 (Chinese rep names) correctly.
 */

const risky = /^[=+\-@\t\r\u2212\uff1d\uff0b\uff0d\uff20]/;

export type CsvValue = string | number | null;

/** One cell: neutralised if it is risky text, quoted if it holds a comma, quote or newline. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';

  const safe = risky.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file: a header row, then the rows, CRLF line ends as RFC 4180 has them. */
export function csvText(header: string[], rows: CsvValue[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
