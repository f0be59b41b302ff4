import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import { frame, tickCount, type Frame, type Margin, type Tick } from '../frame';

export type AxisKind = 'linear' | 'log';

/** A square-scaled plot: one scale serves both axes, so the diagonal is the line x = y. */
export interface DiagonalPlot {
  frame: Frame;
  kind: AxisKind;
  x: ScaleContinuousNumeric<number, number>;
  y: ScaleContinuousNumeric<number, number>;
  diagonal: { x1: number; y1: number; x2: number; y2: number };
  xTicks: Tick[];
  yTicks: Tick[];
}

function bounds(values: number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/**
 * Log axes when every value is positive and they span more than one and a half decades:
 * reps of very different size then stay readable. Otherwise linear axes.
 */
export function axisKind(values: number[]): AxisKind {
  const [lo, hi] = bounds(values);
  return lo > 0 && hi / lo > 10 ** 1.5 ? 'log' : 'linear';
}

function sharedDomain(values: number[], kind: AxisKind): [number, number] {
  if (values.length === 0) return [0, 1];
  let [lo, hi] = bounds(values);
  if (kind === 'linear') lo = Math.min(0, lo);
  if (lo === hi) hi = lo + (Math.abs(lo) || 1);
  return [lo, hi];
}

function mantissa(value: number): number {
  return Math.round(value / 10 ** Math.floor(Math.log10(value)));
}

/**
 * Ticks of a log axis thinned to 1-2-5, then to powers of ten, then to every second (third, …)
 * power of ten when they would crowd.
 */
export function logTicks(all: number[], most = 8): number[] {
  if (all.length <= most) return all;
  const oneTwoFive = all.filter((v) => [1, 2, 5].includes(mantissa(v)));
  if (oneTwoFive.length <= most) return oneTwoFive;
  const powers = all.filter((v) => mantissa(v) === 1);
  const step = Math.ceil(powers.length / most);
  return powers.filter((_, i) => i % step === 0);
}

/** Axes over the finite `values` of both coordinates, with the diagonal x = y. */
export function diagonalPlot(
  values: number[],
  width: number,
  height: number,
  margin?: Margin,
): DiagonalPlot {
  const plot = frame(width, height, margin);
  const kind = axisKind(values);
  const domain = sharedDomain(values, kind);

  const make = () => (kind === 'log' ? scaleLog() : scaleLinear());
  const x = make().domain(domain).nice().range([plot.left, plot.right]);
  const y = make().domain(domain).nice().range([plot.bottom, plot.top]);

  const ticks = (scale: typeof x, length: number): Tick[] =>
    (kind === 'log'
      ? logTicks(scale.ticks(), tickCount(length, 8))
      : scale.ticks(tickCount(length, 6))
    ).map((value) => ({ value, position: scale(value) }));
  const [d0, d1] = x.domain();

  return {
    frame: plot,
    kind,
    x,
    y,
    diagonal: { x1: x(d0), y1: y(d0), x2: x(d1), y2: y(d1) },
    xTicks: ticks(x, plot.right - plot.left),
    yTicks: ticks(y, plot.bottom - plot.top),
  };
}
