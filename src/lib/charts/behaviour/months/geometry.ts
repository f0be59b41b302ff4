/**
 * Bars of one rep's sales by period: the period's own deals, with the deals pulled in from
 * the next period stacked on top and the deals pushed out to it drawn as a dashed box above,
 * and a tick at the target. Heights are means over trials (monthBars).
 */
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3';
import type { MonthBar } from './bars';
import { frame, type Frame, type Margin, type Tick } from '../../frame';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MonthShape {
  bar: MonthBar;
  kept: Box;
  pulled: Box;
  pushed: Box;
  /** The target tick, or null where the rule sets none. */
  target: { x1: number; x2: number; y: number } | null;
}

export interface MonthGeometry {
  frame: Frame;
  x: ScaleBand<number>;
  y: ScaleLinear<number, number>;
  shapes: MonthShape[];
  yTicks: Tick[];
  xTicks: Tick[];
}

export function monthGeometry(
  bars: MonthBar[],
  width: number,
  height: number,
  margin?: Margin,
): MonthGeometry {
  const plot = frame(width, height, margin);
  const x = scaleBand<number>()
    .domain(bars.map((b) => b.period))
    .range([plot.left, plot.right])
    .padding(0.25);
  const tops = bars.flatMap((b) =>
    [b.kept + b.pulled + b.pushed, b.target].filter(Number.isFinite),
  );
  const y = scaleLinear()
    .domain([0, Math.max(1, ...tops)])
    .nice()
    .range([plot.bottom, plot.top]);

  const box = (left: number, bottom: number, top: number): Box => ({
    x: left,
    y: y(top),
    width: x.bandwidth(),
    height: Math.max(0, y(bottom) - y(top)),
  });
  const shapes = bars.map((bar) => {
    const left = x(bar.period) ?? plot.left;
    const booked = bar.kept + bar.pulled;
    return {
      bar,
      kept: box(left, 0, bar.kept),
      pulled: box(left, bar.kept, booked),
      pushed: box(left, booked, booked + bar.pushed),
      target: Number.isFinite(bar.target)
        ? { x1: left - 3, x2: left + x.bandwidth() + 3, y: y(bar.target) }
        : null,
    };
  });
  // Label every period when they fit, else every k-th.
  const every = Math.max(1, Math.ceil((bars.length * 28) / Math.max(1, plot.right - plot.left)));
  return {
    frame: plot,
    x,
    y,
    shapes,
    yTicks: y.ticks(5).map((value) => ({ value, position: y(value) })),
    xTicks: bars
      .filter((_, k) => k % every === 0)
      .map((b) => ({ value: b.period, position: (x(b.period) ?? 0) + x.bandwidth() / 2 })),
  };
}
