import type { Cell } from '$lib/charts/summary/rows';
import type { FormatStyle, NumberKind } from '$lib/i18n/format';

type Format = (value: number, kind: NumberKind, style?: FormatStyle) => string;

/**
 * A figure as the result tables show it; `signed` puts + before a gain (a difference), and
 * neither sign before a difference that rounds to zero.
 */
export function figureText(cell: Cell, kind: NumberKind, format: Format, signed = false): string {
  return format(cell.value, kind, { signed });
}

/**
 * '± half-width' of the 95% interval, or '' when the figure has none. Half-widths of shares are
 * often below 0.05%: the finer percent format keeps two significant digits of them.
 */
export function intervalText(cell: Cell, kind: NumberKind, format: Format): string {
  if (cell.halfWidth === null) return '';
  const fine = kind === 'percent' ? 'percentFine' : kind === 'points' ? 'pointsFine' : kind;
  return `± ${format(cell.halfWidth, fine)}`;
}

/** How a difference of two figures of `kind` reads: shares differ in percentage points. */
export function differenceKind(kind: NumberKind): NumberKind {
  return kind === 'percent' ? 'points' : kind;
}

/** Figure and interval on one line, as the PNG export writes a cell. */
export function cellText(cell: Cell | null, kind: NumberKind, format: Format, signed = false) {
  if (!cell) return '';
  const interval = intervalText(cell, kind, format);
  return interval
    ? `${figureText(cell, kind, format, signed)} ${interval}`
    : figureText(cell, kind, format, signed);
}
