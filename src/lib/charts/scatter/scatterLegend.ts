import { seriesShape, type LegendMark } from '../legend';
import { seriesColour } from '../palette';

export interface LegendItem {
  label: string;
  colour: string;
  mark: LegendMark;
}

/**
 * A scatter's legend: the series that have marks drawn, each in its own colour and shape, then
 * the diagonal. A series with no mark (a scheme that sets no target) is left out, so the
 * legend names nothing the reader cannot find on the plot.
 */
export function scatterLegend(
  names: readonly string[],
  dots: readonly { series: number }[],
  diagonalLabel: string,
): LegendItem[] {
  const drawn = new Set(dots.map((d) => d.series));
  return [
    ...names.flatMap((label, i) =>
      drawn.has(i) ? [{ label, colour: seriesColour(i), mark: seriesShape(i) as LegendMark }] : [],
    ),
    { label: diagonalLabel, colour: '#5b6675', mark: 'dashed' },
  ];
}
