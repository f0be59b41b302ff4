import { area, line, scaleLinear, type ScaleLinear } from 'd3';
import { Z95, type SweepPoint } from '../../engine/sweep';
import { frame, tickCount, type Frame, type Margin, type Tick } from '../frame';

/** The figures an HR sweep charts against the parameter. */
export type SweepMetric = 'share' | 'payout' | 'sales' | 'mape' | 'within';

// The two figures of target accuracy side by side, and last revenue, which a sweep holds at
// the reps' fitted sales (tune.salesFixed says so under the charts).
export const sweepMetrics: readonly SweepMetric[] = ['share', 'payout', 'mape', 'within', 'sales'];

export interface SweepDot {
  value: number;
  mean: number;
  halfWidth: number;
  cx: number;
  cy: number;
}

export interface SweepPanel {
  frame: Frame;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** The mean's polyline and the 95% band around it, as SVG path data. */
  line: string;
  band: string;
  dots: SweepDot[];
  xTicks: Tick[];
  yTicks: Tick[];
  /** Pixel x of the solved value and its interval's ends (null: open or none). */
  solved: { x: number; x0: number | null; x1: number | null } | null;
  /** Pixel y of the budget, on the panel whose figure the budget is about. */
  level: number | null;
}

export const sweepMargin: Margin = { top: 10, right: 16, bottom: 44, left: 70 };

/**
 * One small multiple of a sweep: a figure's mean across the grid with its pointwise 95% band,
 * the budget as a horizontal line where it applies, and the solved value as a vertical one.
 */
export function sweepPanel(
  points: SweepPoint[],
  metric: SweepMetric,
  width: number,
  height: number,
  marks: { solved?: { value: number; low: number | null; high: number | null }; level?: number },
  margin: Margin = sweepMargin,
): SweepPanel {
  const plot = frame(width, height, margin);
  const sorted = points.slice().sort((a, b) => a.value - b.value);
  const dots = sorted.map((p) => {
    const { mean, se } = p[metric];
    return { value: p.value, mean, halfWidth: Number.isFinite(se) ? Z95 * se : 0 };
  });

  const values = sorted.map((p) => p.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const x = scaleLinear()
    .domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
    .range([plot.left, plot.right]);

  const ys = dots.flatMap((d) => [d.mean - d.halfWidth, d.mean + d.halfWidth]);
  if (marks.level !== undefined) ys.push(marks.level);
  const finite = ys.filter(Number.isFinite);
  let yLo = Math.min(0, ...finite);
  let yHi = Math.max(...finite, yLo + 1e-9);
  if (yHi === yLo) [yLo, yHi] = [yLo - 1, yHi + 1];
  const y = scaleLinear().domain([yLo, yHi]).nice(5).range([plot.bottom, plot.top]);

  type Value = Omit<SweepDot, 'cx' | 'cy'>;
  const path = line<Value>()
    .x((d) => x(d.value))
    .y((d) => y(d.mean));
  const band = area<Value>()
    .x((d) => x(d.value))
    .y0((d) => y(d.mean - d.halfWidth))
    .y1((d) => y(d.mean + d.halfWidth));
  const solved = marks.solved;

  return {
    frame: plot,
    x,
    y,
    line: path(dots) ?? '',
    band: band(dots) ?? '',
    dots: dots.map((d) => ({ ...d, cx: x(d.value), cy: y(d.mean) })),
    xTicks: x
      .ticks(tickCount(plot.right - plot.left, 5))
      .map((value) => ({ value, position: x(value) })),
    yTicks: y.ticks(4).map((value) => ({ value, position: y(value) })),
    solved: solved
      ? {
          x: x(solved.value),
          x0: solved.low === null ? null : x(solved.low),
          x1: solved.high === null ? null : x(solved.high),
        }
      : null,
    level: marks.level === undefined ? null : y(marks.level),
  };
}
