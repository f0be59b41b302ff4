import type { FigureRow } from '$lib/charts/outcomes/rows';
import type { FormatStyle, NumberKind } from '$lib/i18n/format';
import { cellText, differenceKind } from '../tables/cellText';

export interface PngTableInput<R extends FigureRow> {
  rows: readonly R[];
  /** Scheme ids in column order, and the scheme each difference belongs to. */
  schemeIds: readonly string[];
  differenceIds: readonly string[];
  /** Column headers after the first: one name per scheme. */
  names: readonly string[];
  /** Header of the first column, a metric's name, and the label of a row of differences. */
  metricHeader: string;
  metricName: (row: R) => string;
  deltaLabel: string;
  format: (value: number, kind: NumberKind, style?: FormatStyle) => string;
}

/**
 * The outcome table as the PNG draws it, laid out like the screen: one column per scheme, and
 * under each metric a row of the differences from the baseline, each under its own scheme.
 * Nine schemes then make ten columns, not eighteen.
 */
export function pngTable<R extends FigureRow>(
  input: PngTableInput<R>,
): { header: string[]; rows: string[][] } {
  const { rows, schemeIds, differenceIds, format } = input;
  const header = [input.metricHeader, ...input.names];
  const body = rows.flatMap((row) => {
    const figures = [input.metricName(row), ...row.cells.map((c) => cellText(c, row.kind, format))];
    if (differenceIds.length === 0) return [figures];

    const deltas = schemeIds.map((id) => {
      const j = differenceIds.indexOf(id);
      return j < 0 ? '' : cellText(row.differences[j], differenceKind(row.kind), format, true);
    });
    return [figures, [input.deltaLabel, ...deltas]];
  });
  return { header, rows: body };
}
