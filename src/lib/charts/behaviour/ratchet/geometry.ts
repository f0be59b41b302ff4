/**
 * Lines of a rep's quota (solid) and sales (dashed) per year under each ratchet, on shared
 * axes: under a ratchet that rises more after a beat than it falls after a miss the quota
 * climbs year after year, and a strategic rep answers by selling less.
 */
import { line, scaleLinear, type ScaleLinear } from 'd3';
import { frame, type Frame, type Margin, type Tick } from '../../frame';

export type RatchetKind = 'none' | 'even' | 'yours';

/** One ratchet's rates and, per year, a rep's mean quota and booked sales. */
export interface RatchetPath {
  kind: RatchetKind;
  up: number;
  down: number;
  quota: number[];
  sales: number[];
}

export interface RatchetLine {
  path: RatchetPath;
  /** Index of the ratchet, for its colour. */
  series: number;
  quota: string;
  sales: string;
  points: {
    year: number;
    quota: number;
    sales: number;
    x: number;
    yQuota: number;
    ySales: number;
  }[];
}

export interface RatchetGeometry {
  frame: Frame;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  lines: RatchetLine[];
  xTicks: Tick[];
  yTicks: Tick[];
}

export function ratchetGeometry(
  paths: RatchetPath[],
  width: number,
  height: number,
  margin?: Margin,
): RatchetGeometry {
  const plot = frame(width, height, margin);
  const years = Math.max(1, ...paths.map((p) => p.quota.length));
  const x = scaleLinear()
    .domain([1, Math.max(2, years)])
    .range([plot.left + 12, plot.right - 12]);
  const values = paths.flatMap((p) => [...p.quota, ...p.sales]).filter(Number.isFinite);
  const lo = Math.min(...values, Infinity);
  const hi = Math.max(...values, -Infinity);
  const pad = Number.isFinite(lo) ? Math.max((hi - lo) * 0.15, hi * 0.02, 1e-9) : 1;
  const y = scaleLinear()
    .domain(Number.isFinite(lo) ? [lo - pad, hi + pad] : [0, 1])
    .nice()
    .range([plot.bottom, plot.top]);

  const draw = line<[number, number]>()
    .x((d) => d[0])
    .y((d) => d[1]);
  const lines = paths.map((path, series) => {
    const points = path.quota.map((quota, k) => ({
      year: k + 1,
      quota,
      sales: path.sales[k],
      x: x(k + 1),
      yQuota: y(quota),
      ySales: y(path.sales[k]),
    }));
    return {
      path,
      series,
      points,
      quota: draw(points.map((p) => [p.x, p.yQuota])) ?? '',
      sales: draw(points.map((p) => [p.x, p.ySales])) ?? '',
    };
  });
  return {
    frame: plot,
    x,
    y,
    lines,
    xTicks: Array.from({ length: years }, (_, k) => ({ value: k + 1, position: x(k + 1) })),
    yTicks: y.ticks(5).map((value) => ({ value, position: y(value) })),
  };
}
