import { line, max, min, scalePoint, scaleLinear, type ScaleLinear, type ScalePoint } from 'd3';
import { frame, type Frame, type Margin, type Tick } from '../frame';

/** One period of a rep's history; a value is null where it is not known. */
export interface HistoryPoint {
  label: string;
  sales: number | null;
  target: number | null;
  fitted: number | null;
}

export interface HistoryMark {
  index: number;
  cx: number;
  cy: number;
  value: number;
}

export interface LabelTick {
  position: number;
  label: string;
}

export interface HistoryGeometry {
  frame: Frame;
  x: ScalePoint<string>;
  y: ScaleLinear<number, number>;
  /** SVG path data; a known value next to an unknown one leaves a gap, not a bridge. */
  salesPath: string;
  fittedPath: string;
  sales: HistoryMark[];
  targets: HistoryMark[];
  xTicks: LabelTick[];
  yTicks: Tick[];
  /** Pixel position of the period with this index. */
  at(index: number): number;
  /** Index of the period whose column holds the pixel, or -1 outside the plot. */
  periodAt(px: number): number;
}

/** Every k-th label so that at most `most` are written; the first is always written. */
export function thinLabels(count: number, most: number): number[] {
  const step = Math.max(1, Math.ceil(count / Math.max(1, most)));
  const kept: number[] = [];
  for (let i = 0; i < count; i += step) kept.push(i);
  return kept;
}

function marks(
  points: HistoryPoint[],
  pick: (p: HistoryPoint) => number | null,
  x: (i: number) => number,
  y: ScaleLinear<number, number>,
): HistoryMark[] {
  const out: HistoryMark[] = [];
  points.forEach((p, index) => {
    const value = pick(p);
    if (value !== null && Number.isFinite(value)) {
      out.push({ index, cx: x(index), cy: y(value), value });
    }
  });
  return out;
}

/** Sales, recorded targets and the fitted level of one rep over its periods. */
export function historyGeometry(
  points: HistoryPoint[],
  width: number,
  height: number,
  margin?: Margin,
): HistoryGeometry {
  const plot = frame(width, height, margin);

  // Labels need not be unique (a file may repeat one); positions go by index.
  const keys = points.map((_, i) => String(i));
  const x = scalePoint<string>().domain(keys).range([plot.left, plot.right]).padding(0.5);
  const at = (i: number) => x(String(i)) ?? plot.left;

  const values = points.flatMap((p) => [p.sales, p.target, p.fitted]);
  const known = (v: number | null) => (v !== null && Number.isFinite(v) ? v : undefined);
  const top = max(values, known) ?? 0;
  // Net sales can go below zero (a month of returns): the axis then reaches down to them.
  const bottom = Math.min(0, min(values, known) ?? 0);
  const y = scaleLinear()
    .domain([bottom, top > 0 ? top : bottom < 0 ? 0 : 1])
    .nice(5)
    .range([plot.bottom, plot.top]);

  const path = (pick: (p: HistoryPoint) => number | null) =>
    line<HistoryPoint>()
      .defined((p) => {
        const v = pick(p);
        return v !== null && Number.isFinite(v);
      })
      .x((_, i) => at(i))
      .y((p) => y(pick(p) ?? 0))(points) ?? '';

  const step = points.length > 1 ? x.step() : plot.right - plot.left;
  const labelRoom = Math.max(1, Math.floor((plot.right - plot.left) / 64));

  return {
    frame: plot,
    x,
    y,
    salesPath: path((p) => p.sales),
    fittedPath: path((p) => p.fitted),
    sales: marks(points, (p) => p.sales, at, y),
    targets: marks(points, (p) => p.target, at, y),
    xTicks: thinLabels(points.length, labelRoom).map((i) => ({
      position: at(i),
      label: points[i].label,
    })),
    yTicks: y.ticks(5).map((value) => ({ value, position: y(value) })),
    at,
    periodAt(px) {
      if (points.length === 0 || px < plot.left || px > plot.right) return -1;
      const i = Math.round((px - at(0)) / step);
      return Math.min(points.length - 1, Math.max(0, i));
    },
  };
}
