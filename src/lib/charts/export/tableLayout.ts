import { wrapText } from './wrapText';

/** Room a header's colour swatch takes before its text: 10 px of square and 6 px of gap. */
export const SWATCH_ROOM = 16;
/** Padding of each column: 12 px on each side. */
export const COLUMN_PAD = 24;
/** Widest a heading may be before it wraps, so one long scheme name does not widen its column. */
export const HEADING_MAX = 160;

export interface TableLayout {
  /** Width of each column, padding included. */
  columns: number[];
  /** Each heading as the lines it is drawn on; none wider than its column leaves for it. */
  header: string[][];
}

/**
 * Column widths and wrapped headings of the PNG's table. Headings are measured in their own
 * (bold) font and with their swatch's room, so none runs into the next column's swatch, as
 * "Self-set target · self-set" did with nine schemes when widths came from the body's font
 * alone. A heading wider than its figures and `headingMax` wraps (wrapText: at spaces, or
 * between Chinese characters) instead of widening the table.
 */
export function tableLayout(
  table: { header: string[]; colours: (string | null)[]; rows: string[][] },
  measureHeading: (text: string) => number,
  measureCell: (text: string) => number,
  headingMax = HEADING_MAX,
): TableLayout {
  const header: string[][] = [];
  const columns = table.header.map((heading, c) => {
    const figures = Math.max(0, ...table.rows.map((row) => measureCell(row[c] ?? '')));
    const room = table.colours[c] ? SWATCH_ROOM : 0;
    const wrapAt = Math.max(figures - room, Math.min(measureHeading(heading), headingMax));
    const lines = wrapText([heading], wrapAt, measureHeading);
    header.push(lines);
    // A single character wider than wrapAt stays whole (wrapText), so the widest line counts.
    const text = Math.max(...lines.map(measureHeading)) + room;
    return Math.max(figures, text) + COLUMN_PAD;
  });
  return { columns, header };
}
