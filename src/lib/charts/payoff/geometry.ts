import { area, line, scaleLinear, type ScaleLinear } from 'd3';
import type { LognormalBelief } from '../../engine/bestResponse';
import { normalPdf } from '../../engine/normalCdf';
import type { PayoffCurve } from '../../engine/sweep';
import { frame, tickCount, type Frame, type Margin, type Tick } from '../frame';

export interface PayoffGeometry {
  frame: Frame;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** E[Z] against the target, as SVG path data. */
  curve: string;
  /** The belief's density over the same axis, scaled into the lower part of the plot. */
  density: string;
  best: { cx: number; cy: number };
  median: number;
  /** The chosen target on the curve and the best expected pay above it (the cost's span). */
  chosen: { cx: number; cy: number; bestY: number } | null;
  xTicks: Tick[];
  yTicks: Tick[];
}

export const payoffMargin: Margin = { top: 16, right: 20, bottom: 52, left: 72 };

/** Density of a lognormal belief at y > 0: φ((ln y − μ)/σ)/(yσ). */
export function lognormalDensity(belief: LognormalBelief, y: number): number {
  if (!(y > 0) || !(belief.logSigma > 0)) return 0;
  return normalPdf((Math.log(y) - belief.logMu) / belief.logSigma) / (y * belief.logSigma);
}

/**
 * The rep's expected pay for every target, with the best target marked, the median as a
 * reference line, the belief's density drawn faintly underneath (what the target is set
 * against), and the chosen target with the gap to the best expected pay: its cost.
 */
export function payoffGeometry(
  curve: PayoffCurve,
  belief: LognormalBelief,
  chosen: number | null,
  width: number,
  height: number,
  margin: Margin = payoffMargin,
): PayoffGeometry {
  const plot = frame(width, height, margin);
  const xs = curve.targets;
  const x = scaleLinear()
    .domain([xs[0], xs[xs.length - 1]])
    .range([plot.left, plot.right]);
  const lo = Math.min(0, ...curve.expected);
  const y = scaleLinear()
    .domain([lo, Math.max(curve.best.expected, ...curve.expected) * 1.08 || 1])
    .nice(5)
    .range([plot.bottom, plot.top]);

  const points = xs.map((t, k): [number, number] => [t, curve.expected[k]]);
  const path = line<[number, number]>()
    .x(([t]) => x(t))
    .y(([, e]) => y(e));

  const densities = xs.map((t) => lognormalDensity(belief, t));
  const top = Math.max(...densities) || 1;
  const share = 0.4 * (plot.bottom - plot.top);
  const shape = area<number>()
    .x((_, k) => x(xs[k]))
    .y0(plot.bottom)
    .y1((d) => plot.bottom - (d / top) * share);

  const at = (t: number) => {
    const k = Math.min(xs.length - 2, Math.max(0, xs.findIndex((v) => v >= t) - 1));
    const f = (t - xs[k]) / (xs[k + 1] - xs[k] || 1);
    return curve.expected[k] + f * (curve.expected[k + 1] - curve.expected[k]);
  };
  const inside = chosen !== null && chosen >= xs[0] && chosen <= xs[xs.length - 1];

  return {
    frame: plot,
    x,
    y,
    curve: path(points) ?? '',
    density: shape(densities) ?? '',
    best: { cx: x(curve.best.target), cy: y(curve.best.expected) },
    median: x(curve.median),
    chosen: inside ? { cx: x(chosen), cy: y(at(chosen)), bestY: y(curve.best.expected) } : null,
    xTicks: x
      .ticks(tickCount(plot.right - plot.left, 6))
      .map((value) => ({ value, position: x(value) })),
    yTicks: y.ticks(5).map((value) => ({ value, position: y(value) })),
  };
}
