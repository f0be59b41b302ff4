// Relative imports: the command line prints its behaviour tables with these rules too.
import type { Cell } from '../../charts/summary/rows';
import type { FormatStyle, NumberKind } from '../../i18n/format';

type Format = (value: number, kind: NumberKind, style?: FormatStyle) => string;

/**
 * A figure as the result tables show it; `signed` puts + before a gain (a difference), and
 * neither sign before a difference that rounds to zero. An amount is written at least as finely
 * as its interval (FormatStyle.interval), unless the interval is noise of a constant outcome.
 */
export function figureText(cell: Cell, kind: NumberKind, format: Format, signed = false): string {
  const half = cell.halfWidth;
  if (half === null || isNoise(half, cell.value)) return format(cell.value, kind, { signed });
  return format(cell.value, kind, { signed, interval: half });
}

/** Below this share of its figure a half-width is floating-point noise of a constant outcome. */
const noise = 1e-9;

/** True when `value` is floating-point noise next to a figure of size `scale`. */
export function isNoise(value: number, scale: number): boolean {
  return Math.abs(value) < noise * Math.abs(scale);
}

/**
 * '± half-width' of the 95% interval, or '' when the figure has none. Half-widths of shares are
 * often below 0.05%: the finer percent format keeps two significant digits of them. Only a
 * half-width that is zero or noise next to the figure (an outcome the same in every trial,
 * 4.5% ± 1.7e-20) reads '± 0'. Any other is written to its own last digit, not its figure's:
 * an interval finer than the figure's rounding is still there (CN¥351,100 ± CN¥132, amounts in
 * 万元; figureText writes the figure down to the interval's leading digit),
 * and one below what its kind writes at all reads as a bound ('± < 1' of a count, '± < CN¥0.01'
 * below a cent; FormatStyle.least).
 */
export function intervalText(cell: Cell, kind: NumberKind, format: Format): string {
  if (cell.halfWidth === null) return '';
  const fine = kind === 'percent' ? 'percentFine' : kind === 'points' ? 'pointsFine' : kind;
  const half = Math.abs(cell.halfWidth);
  if (half === 0 || isNoise(half, cell.value)) return `± ${format(0, fine)}`;
  return `± ${format(half, fine, { least: true })}`;
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
