import { area, bisectRight, curveStepAfter, max, scaleLinear, type ScaleLinear } from 'd3';
import { frame, tickCount, type Frame, type Margin, type Tick } from '../frame';

export interface HistogramSeries {
  id: string;
  values: ArrayLike<number>;
}

export interface HistogramBin {
  /** Lower edge (inclusive) and upper edge (exclusive, but inclusive for the last bin). */
  x0: number;
  x1: number;
  /** Pixel edges of the bin. */
  left: number;
  right: number;
  /** Per series, the share of its values that fall in this bin. */
  shares: number[];
}

export interface HistogramGeometry {
  frame: Frame;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  bins: HistogramBin[];
  /** Per series, a closed step-shaped area (SVG path data) of its shares. */
  areas: string[];
  /** Per series, the mean of its values and where it sits. */
  means: Tick[];
  xTicks: Tick[];
  yTicks: Tick[];
}

/** Number of bins: about √n (a common rule for a few thousand draws), kept between 5 and 50. */
export function binCount(n: number): number {
  return Math.min(50, Math.max(5, Math.round(Math.sqrt(n))));
}

function extent(series: HistogramSeries[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const { values } of series) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }

  if (lo > hi) return [0, 1];

  // A constant series still needs a bin of some width to be drawn; so does a range too narrow
  // for floating point to split into bins.
  if (hi - lo <= 1e-9 * Math.max(1, Math.abs(lo), Math.abs(hi))) {
    const pad = Math.abs(lo) * 0.01 || 0.5;
    return [lo - pad, hi + pad];
  }

  return [lo, hi];
}

function sharesOf(values: ArrayLike<number>, edges: number[]): number[] {
  const count = edges.length - 1;
  const counts = new Array<number>(count).fill(0);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    const k = Math.min(count - 1, Math.max(0, bisectRight(edges, v) - 1));
    counts[k] += 1;
    n += 1;
  }
  return counts.map((c) => (n === 0 ? 0 : c / n));
}

/**
 * Overlaid histograms of several series on common, equal-width bins over a rounded domain, so
 * that the schemes' payout distributions can be compared bin by bin.
 */
export function histogramGeometry(
  series: HistogramSeries[],
  width: number,
  height: number,
  margin?: Margin,
): HistogramGeometry {
  const plot = frame(width, height, margin);
  const n = max(series, (s) => s.values.length) ?? 0;
  const count = binCount(n);

  const x = scaleLinear().domain(extent(series)).nice(count).range([plot.left, plot.right]);
  const [lo, hi] = x.domain();
  const step = (hi - lo) / count;
  const edges = Array.from({ length: count + 1 }, (_, k) => (k === count ? hi : lo + k * step));

  const perSeries = series.map((s) => sharesOf(s.values, edges));
  const bins: HistogramBin[] = [];
  for (let k = 0; k < count; k++) {
    const [x0, x1] = [edges[k], edges[k + 1]];
    bins.push({ x0, x1, left: x(x0), right: x(x1), shares: perSeries.map((shares) => shares[k]) });
  }

  const top = max(perSeries.flat()) ?? 0;
  const y = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .nice(5)
    .range([plot.bottom, plot.top]);

  // The step curve needs one more point at the right edge to close the last bin.
  const shape = area<[number, number]>()
    .x(([value]) => x(value))
    .y0(plot.bottom)
    .y1(([, share]) => y(share))
    .curve(curveStepAfter);
  const areas = perSeries.map((shares) => {
    const points = bins.map((bin, k): [number, number] => [bin.x0, shares[k]]);
    points.push([hi, shares[count - 1] ?? 0]);
    return shape(points) ?? '';
  });

  const means = series.map(({ values }) => {
    let sum = 0;
    let m = 0;
    for (let i = 0; i < values.length; i++) {
      if (Number.isFinite(values[i])) {
        sum += values[i];
        m += 1;
      }
    }
    const value = m === 0 ? Number.NaN : sum / m;
    return { value, position: x(value) };
  });

  return {
    frame: plot,
    x,
    y,
    bins,
    areas,
    means,
    xTicks: x
      .ticks(tickCount(plot.right - plot.left, 6))
      .map((value) => ({ value, position: x(value) })),
    yTicks: y.ticks(5).map((value) => ({ value, position: y(value) })),
  };
}
