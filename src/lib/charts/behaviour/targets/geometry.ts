/**
 * The chosen target against the rep's true median: one mark per rep and scheme at (median of
 * the rep's first-period sales, target or quota it worked to), on shared axes so that the
 * diagonal is target = median. The essay's rule puts strategic reps on it; a floor lifts
 * volatile reps above it; a haggled quota lands wherever the bargaining left it.
 */
import { Delaunay, scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import type { RepModel, RunSummary } from '$lib/engine/types';
import { frame, type Frame, type Margin, type Tick } from '../../frame';
import { axisKind, logTicks, type AxisKind } from '../../scatter/geometry';

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
}

export interface TargetGeometry {
  frame: Frame;
  kind: AxisKind;
  x: ScaleContinuousNumeric<number, number>;
  y: ScaleContinuousNumeric<number, number>;
  dots: TargetDot[];
  diagonal: { x1: number; y1: number; x2: number; y2: number };
  xTicks: Tick[];
  yTicks: Tick[];
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
  const plot = frame(width, height, margin);
  const shown = points.filter((p) => Number.isFinite(p.target) && Number.isFinite(p.median));
  const values = shown.flatMap((p) => [p.median, p.target]);
  const kind = axisKind(values);
  let lo = values.length > 0 ? Math.min(...values) : 0;
  let hi = values.length > 0 ? Math.max(...values) : 1;
  if (kind === 'linear') lo = Math.min(0, lo);
  if (lo === hi) hi = lo + (Math.abs(lo) || 1);

  const make = () => (kind === 'log' ? scaleLog() : scaleLinear());
  const x = make().domain([lo, hi]).nice().range([plot.left, plot.right]);
  const y = make().domain([lo, hi]).nice().range([plot.bottom, plot.top]);
  const dots = shown.map((p) => ({ ...p, cx: x(p.median), cy: y(p.target) }));
  const delaunay = Delaunay.from(
    dots,
    (d) => d.cx,
    (d) => d.cy,
  );
  const ticks = (scale: typeof x): Tick[] =>
    (kind === 'log' ? logTicks(scale.ticks()) : scale.ticks(6)).map((value) => ({
      value,
      position: scale(value),
    }));
  const [d0, d1] = x.domain();

  return {
    frame: plot,
    kind,
    x,
    y,
    dots,
    diagonal: { x1: x(d0), y1: y(d0), x2: x(d1), y2: y(d1) },
    xTicks: ticks(x),
    yTicks: ticks(y),
    nearest(px, py, radius) {
      if (dots.length === 0) return -1;
      const i = delaunay.find(px, py);
      return Math.hypot(dots[i].cx - px, dots[i].cy - py) <= radius ? i : -1;
    },
  };
}
