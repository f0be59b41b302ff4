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
  dots: TargetDot[];
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

export function targetGeometry(
  points: TargetPoint[],
  width: number,
  height: number,
  margin?: Margin,
): TargetGeometry {
  const shown = points.filter((p) => Number.isFinite(p.target) && Number.isFinite(p.median));
  const plot = diagonalPlot(
    shown.flatMap((p) => [p.median, p.target]),
    width,
    height,
    margin,
  );
  const dots = shown.map((p) => ({
    ...p,
    cx: plot.x(p.median),
    cy: plot.y(p.target),
    hollow: !p.strategic,
  }));
  return { ...plot, dots, nearest: nearestFinder(dots) };
}
