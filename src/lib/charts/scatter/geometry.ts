import type { Margin } from '../frame';
import { nearestFinder } from './nearest';
import { diagonalPlot, type DiagonalPlot } from './plot';
import { MAX_MARKS_PER_SERIES, thin } from './thin';

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
  /** The dots drawn: at most `most` per series, evenly spread over its points. */
  dots: ScatterDot[];
  /** How many points with finite values there were in all, drawn or not. */
  total: number;
  /** Index of the dot nearest to a pixel, or -1 when none is within `radius` pixels. */
  nearest(px: number, py: number, radius: number): number;
}

/** Target-against-actual scatter of several schemes on one pair of axes, with the diagonal. */
export function scatterGeometry(
  series: ScatterSeries[],
  width: number,
  height: number,
  margin?: Margin,
  most = MAX_MARKS_PER_SERIES,
): ScatterGeometry {
  const shown = series.map((s) =>
    s.points.filter((p) => Number.isFinite(p.target) && Number.isFinite(p.actual)),
  );
  // A loop rather than a flatMap of pairs: a run on 1,000 reps has tens of thousands of points.
  const values: number[] = [];
  for (const points of shown) for (const p of points) values.push(p.target, p.actual);
  const plot = diagonalPlot(values, width, height, margin);

  // The axes span every point; only the drawing is thinned.
  const dots = shown.flatMap((points, index) =>
    thin(points, most).map((p) => ({
      ...p,
      series: index,
      cx: plot.x(p.target),
      cy: plot.y(p.actual),
    })),
  );
  const total = shown.reduce((sum, points) => sum + points.length, 0);
  return { ...plot, dots, total, nearest: nearestFinder(dots) };
}
