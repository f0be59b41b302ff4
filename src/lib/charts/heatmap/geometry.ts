import {
  interpolateCividis,
  interpolatePuOr,
  scaleDiverging,
  scaleLinear,
  scaleSequential,
  type ScaleLinear,
} from 'd3';
import { frame, tickCount, type Frame, type Margin, type Tick } from '../frame';

export interface HeatCell {
  /** Column (target) and row (sales) of the cell. */
  i: number;
  j: number;
  target: number;
  sales: number;
  pay: number;
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
}

export interface HeatmapGeometry {
  frame: Frame;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  cells: HeatCell[];
  columns: number;
  rows: number;
  /** Pay range and colours along it, for the legend. */
  range: [number, number];
  stops: { offset: number; colour: string }[];
  /** Y = X (the target met exactly) and Y = X/2 (pay 0 under the essay's rule). */
  diagonal: { x1: number; y1: number; x2: number; y2: number };
  /** Null when no sales in the span are half a target in the span. */
  half: { x1: number; y1: number; x2: number; y2: number } | null;
  xTicks: Tick[];
  yTicks: Tick[];
}

export const heatmapMargin: Margin = { top: 12, right: 20, bottom: 52, left: 72 };

/**
 * Pay Z(X, Y) over a grid of targets (columns) and actual sales (rows), coloured on a
 * colour-blind-safe scale: cividis when no pay is negative; purple–orange, diverging at 0,
 * when the rule can take money back.
 */
export function heatmapGeometry(
  pay: (target: number, sales: number) => number,
  span: [number, number],
  cellsPerAxis: number,
  width: number,
  height: number,
  margin: Margin = heatmapMargin,
): HeatmapGeometry {
  const plot = frame(width, height, margin);
  const x = scaleLinear().domain(span).range([plot.left, plot.right]);
  const y = scaleLinear().domain(span).range([plot.bottom, plot.top]);
  const step = (span[1] - span[0]) / cellsPerAxis;
  const w = (plot.right - plot.left) / cellsPerAxis;
  const h = (plot.bottom - plot.top) / cellsPerAxis;

  const raw = [];
  for (let j = 0; j < cellsPerAxis; j++) {
    for (let i = 0; i < cellsPerAxis; i++) {
      const target = span[0] + (i + 0.5) * step;
      const sales = span[0] + (j + 0.5) * step;
      raw.push({ i, j, target, sales, pay: pay(target, sales) });
    }
  }

  const lo = Math.min(...raw.map((c) => c.pay));
  const hi = Math.max(...raw.map((c) => c.pay), lo + 1e-12);
  const colourOf =
    lo < 0
      ? (v: number) =>
          scaleDiverging(interpolatePuOr).domain([lo, 0, Math.max(hi, 1e-12)])(v) as string
      : (v: number) => scaleSequential(interpolateCividis).domain([lo, hi])(v) as string;
  const stops = Array.from({ length: 11 }, (_, k) => ({
    offset: k / 10,
    colour: colourOf(lo + ((hi - lo) * k) / 10),
  }));

  const [a, b] = span;
  return {
    frame: plot,
    x,
    y,
    cells: raw.map((c) => ({
      ...c,
      x: plot.left + c.i * w,
      y: plot.bottom - (c.j + 1) * h,
      width: w,
      height: h,
      colour: colourOf(c.pay),
    })),
    columns: cellsPerAxis,
    rows: cellsPerAxis,
    range: [lo, hi],
    stops,
    diagonal: { x1: x(a), y1: y(a), x2: x(b), y2: y(b) },
    // Y = X/2 enters the square where Y reaches its bottom: at X = 2a (a ≥ 0).
    half: 2 * a < b ? { x1: x(2 * a), y1: y(a), x2: x(b), y2: y(b / 2) } : null,
    xTicks: x
      .ticks(tickCount(plot.right - plot.left, 6))
      .map((value) => ({ value, position: x(value) })),
    yTicks: y.ticks(6).map((value) => ({ value, position: y(value) })),
  };
}
