import type { Margin } from '../frame';
import { nearestFinder } from './nearest';
import { diagonalPlot, type DiagonalPlot } from './plot';

/** One rep-period: the target (or quota) set for it and the sales that followed. */
export interface ScatterPoint {
  target: number;
  actual: number;
  rep: string;
  period: number;
}

export interface ScatterSeries {
  id: string;
  points: ScatterPoint[];
}

export interface ScatterDot extends ScatterPoint {
  series: number;
  cx: number;
  cy: number;
}

export interface ScatterGeometry extends DiagonalPlot {
  dots: ScatterDot[];
  /** Index of the dot nearest to a pixel, or -1 when none is within `radius` pixels. */
  nearest(px: number, py: number, radius: number): number;
}

/** Target-against-actual scatter of several schemes on one pair of axes, with the diagonal. */
export function scatterGeometry(
  series: ScatterSeries[],
  width: number,
  height: number,
  margin?: Margin,
): ScatterGeometry {
  const shown = series.map((s) =>
    s.points.filter((p) => Number.isFinite(p.target) && Number.isFinite(p.actual)),
  );
  const values = shown.flatMap((points) => points.flatMap((p) => [p.target, p.actual]));
  const plot = diagonalPlot(values, width, height, margin);

  const dots = shown.flatMap((points, index) =>
    points.map((p) => ({ ...p, series: index, cx: plot.x(p.target), cy: plot.y(p.actual) })),
  );
  return { ...plot, dots, nearest: nearestFinder(dots) };
}
