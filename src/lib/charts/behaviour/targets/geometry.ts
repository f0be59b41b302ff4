/**
 * The chosen target against the rep's true median: one mark per rep and scheme at (median of
 * the rep's first-period sales, target or quota it worked to), on shared axes so that the
 * diagonal is target = median. The essay's rule puts strategic reps on it; a floor lifts
 * volatile reps above it; a haggled quota lands wherever the bargaining left it.
 */
import type { RepModel, RunSummary } from '$lib/engine/types';
import type { Margin } from '../../frame';
import { nearestFinder } from '../../scatter/nearest';
import { diagonalPlot, type DiagonalPlot } from '../../scatter/plot';
import { MAX_MARKS_PER_SERIES, thin } from '../../scatter/thin';

export interface TargetPoint {
  rep: string;
  /** Index of the scheme in the run. */
  series: number;
  median: number;
  target: number;
  strategic: boolean;
}

export interface TargetDot extends TargetPoint {
  cx: number;
  cy: number;
  /** Naive reps are drawn as outlines. */
  hollow: boolean;
}

export interface TargetGeometry extends DiagonalPlot {
  /** The marks drawn: at most `most` per scheme, evenly spread over its reps. */
  dots: TargetDot[];
  /** How many marks with finite values there were in all, drawn or not. */
  total: number;
  /** Index of the dot nearest to a pixel, or -1 when none is within `radius` pixels. */
  nearest(px: number, py: number, radius: number): number;
}

/** A lognormal with mean m and log-sd σ has median m·e^(−σ²/2). */
export function targetPoints(summary: RunSummary, reps: RepModel[]): TargetPoint[] {
  const strategic = summary.behaviour?.strategic ?? reps.map(() => true);
  return summary.schemes.flatMap((scheme, series) =>
    scheme.perRep.map((row, r) => ({
      rep: row.name,
      series,
      median: reps[r].mean[0] * Math.exp(-0.5 * reps[r].sigma * reps[r].sigma),
      target: row.target[0],
      strategic: strategic[r],
    })),
  );
}

const marked = (p: TargetPoint) => Number.isFinite(p.target) && Number.isFinite(p.median);

/**
 * The schemes, of `count`, with no mark to draw: none of their reps has a finite target, as
 * under a menu of contracts, where each rep picks a contract and no target is set.
 */
export function unmarkedSeries(points: readonly TargetPoint[], count: number): number[] {
  const drawn = new Set(points.filter(marked).map((p) => p.series));
  return Array.from({ length: count }, (_, i) => i).filter((i) => !drawn.has(i));
}

export function targetGeometry(
  points: TargetPoint[],
  width: number,
  height: number,
  margin?: Margin,
  most = MAX_MARKS_PER_SERIES,
): TargetGeometry {
  const shown = points.filter(marked);
  const plot = diagonalPlot(
    shown.flatMap((p) => [p.median, p.target]),
    width,
    height,
    margin,
  );
  const series = [...new Set(shown.map((p) => p.series))];
  const drawn = series.flatMap((s) =>
    thin(
      shown.filter((p) => p.series === s),
      most,
    ),
  );
  const dots = drawn.map((p) => ({
    ...p,
    cx: plot.x(p.median),
    cy: plot.y(p.target),
    hollow: !p.strategic,
  }));
  return { ...plot, dots, total: shown.length, nearest: nearestFinder(dots) };
}
