import type { Cell } from '$lib/charts/summary/rows';
import type { NumberKind } from '$lib/i18n/format';

type Format = (value: number, kind: NumberKind) => string;

/** A figure as the result tables show it; `signed` puts + before a gain (a difference). */
export function figureText(cell: Cell, kind: NumberKind, format: Format, signed = false): string {
  const text = format(cell.value, kind);
  return signed && cell.value > 0 ? `+${text}` : text;
}

/**
 * '± half-width' of the 95% interval, or '' when the figure has none. Half-widths of shares are
 * often below 0.05%: the finer percent format keeps two significant digits of them.
 */
export function intervalText(cell: Cell, kind: NumberKind, format: Format): string {
  if (cell.halfWidth === null) return '';
  return `± ${format(cell.halfWidth, kind === 'percent' ? 'percentFine' : kind)}`;
}

/** Figure and interval on one line, as the PNG export writes a cell. */
export function cellText(cell: Cell | null, kind: NumberKind, format: Format, signed = false) {
  if (!cell) return '';
  const interval = intervalText(cell, kind, format);
  return interval
    ? `${figureText(cell, kind, format, signed)} ${interval}`
    : figureText(cell, kind, format, signed);
}
