/** A quote that opens on `row` and closes on row `end` (null: never), `lines` line ends later. */
export interface OpenQuote {
  row: number;
  lines: number;
  end: number | null;
}

/**
 * The first quoted cell that never closes or runs over more than `maxLines` line ends, with
 * 1-based rows (lines of the file). Every quote toggles, as in recordStart: "" inside a quoted
 * cell toggles twice. Jumps from quote to quote, so a file without quotes costs one search.
 */
export function openQuote(text: string, maxLines: number): OpenQuote | null {
  let row = 1;
  let from = 0;

  for (let open = text.indexOf('"'); open >= 0; open = text.indexOf('"', from)) {
    row += lineEnds(text, from, open);
    const close = text.indexOf('"', open + 1);
    if (close < 0) return { row, lines: lineEnds(text, open, text.length), end: null };

    const lines = lineEnds(text, open, close);
    if (lines > maxLines) return { row, lines, end: row + lines };
    row += lines;
    from = close + 1;
  }

  return null;
}

/** Line ends (CRLF, LF or CR) in text[from, to). */
function lineEnds(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) count += 1;
  }
  return count;
}
