/**
 * Scales and shapes of the editor's payout chart: pay against sales for every scheme, each
 * with its target marked. Pure, so the component only renders.
 */
import { line, scaleLinear } from 'd3';
import { frame, tickCount, type Frame, type Margin, type Tick } from '$lib/charts/frame';

export interface SchemeCurve {
  id: string;
  pay: Float64Array;
  /** Target, forecast or quota the curve is drawn for; NaN when the scheme has none. */
  target: number;
}

export interface CurveGeometry {
  frame: Frame;
  paths: { id: string; d: string }[];
  targets: { id: string; x: number }[];
  zero: number | null;
  xTicks: Tick[];
  yTicks: Tick[];
}

export const curveMargin: Margin = { top: 14, right: 20, bottom: 52, left: 72 };

/** Sales from 0 to `span` times the expected sales, in `count` equal steps. */
export function salesAxis(expected: number, span = 2.5, count = 200): Float64Array {
  return Float64Array.from({ length: count + 1 }, (_, k) => (expected * span * k) / count);
}

export function curveGeometry(
  sales: Float64Array,
  curves: SchemeCurve[],
  width: number,
  height: number,
): CurveGeometry {
  const f = frame(width, height, curveMargin);
  const pays = curves.flatMap((c) => Array.from(c.pay).filter(Number.isFinite));
  const low = Math.min(0, ...pays);
  const high = Math.max(low + 1e-9, ...pays);
  const x = scaleLinear()
    .domain([0, sales[sales.length - 1] || 1])
    .range([f.left, f.right]);
  const y = scaleLinear().domain([low, high]).nice().range([f.bottom, f.top]);

  const path = line<number>()
    .x((_, k) => x(sales[k]))
    .y((p) => y(p))
    .defined(Number.isFinite);
  const inside = (t: number) => Number.isFinite(t) && t >= 0 && t <= sales[sales.length - 1];

  return {
    frame: f,
    paths: curves.map((c) => ({ id: c.id, d: path(Array.from(c.pay)) ?? '' })),
    targets: curves.filter((c) => inside(c.target)).map((c) => ({ id: c.id, x: x(c.target) })),
    zero: low < 0 ? y(0) : null,
    // Whole amounts ("100,000") are wide labels: one per 80 pixels.
    xTicks: x
      .ticks(tickCount((f.right - f.left) * 0.75, 6))
      .map((value) => ({ position: x(value), value })),
    yTicks: y.ticks(5).map((value) => ({ position: y(value), value })),
  };
}

/** The sales at which the table shows pay, as multiples of the expected sales. */
export const tableMultiples = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2] as const;
