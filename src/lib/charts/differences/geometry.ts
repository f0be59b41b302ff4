import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3';
import { frame, spacedTicks, tickCount, type Frame, type Margin, type Tick } from '../frame';
import type { OutcomeName, OutcomeRow } from '../outcomes/rows';

/** One paired difference drawn as a dot with its 95% interval, relative to the baseline. */
export interface DifferenceMark {
  metric: OutcomeName;
  /** Index of the difference (scheme − baseline) it shows. */
  series: number;
  /** Relative change Δ/|baseline| and its interval. */
  change: number;
  low: number;
  high: number;
  cx: number;
  cy: number;
  x0: number;
  x1: number;
  /** Whether the change has an interval; without one it is neither better nor worse. */
  bounded: boolean;
  /** True when the interval excludes 0 and the change goes the good way. */
  better: boolean;
  worse: boolean;
  /** −1 or +1 when the change lies beyond the axis and the dot is drawn at that end; else 0. */
  off: -1 | 0 | 1;
  /** Whether the interval runs on beyond the axis at its low or high end (drawn to the edge). */
  cutLow: boolean;
  cutHigh: boolean;
}

export interface DifferenceGeometry {
  frame: Frame;
  x: ScaleLinear<number, number>;
  y: ScaleBand<string>;
  marks: DifferenceMark[];
  /** Rows that could not be put relative to the baseline (its value is 0 or unknown). */
  skipped: OutcomeName[];
  xTicks: Tick[];
  zero: number;
}

// Right: room for half of the last tick's label ('+200.0%').
export const differenceMargin: Margin = { top: 8, right: 30, bottom: 44, left: 120 };

/**
 * The axis leaves out a few marks far beyond all the others: at most a quarter of them, and
 * only when they reach GAP times as far as the rest (or as FLOOR, whichever is more). One
 * scheme 15 times the baseline's pay spread would otherwise squeeze every other change onto
 * the zero line. Changes within ±FLOOR are never left out.
 */
const GAP = 4;
const FLOOR = 0.1;

/**
 * How far either side of 0 the axis must reach: the largest extent, or, where a few extents
 * stand apart from the rest by GAP or more, the largest of the rest (the widest such gap).
 */
export function axisReach(extents: number[]): number {
  const sorted = extents.filter((e) => Number.isFinite(e)).sort((a, b) => b - a);
  let reach = Math.max(0.01, sorted[0] ?? 0);
  let widest = GAP;
  for (let k = 1; k <= Math.floor(sorted.length / 4); k++) {
    const rest = Math.max(sorted[k], FLOOR);
    if (sorted[k - 1] / rest >= widest) {
      widest = sorted[k - 1] / rest;
      reach = rest;
    }
  }
  return reach;
}

/**
 * A forest plot of every scheme's change against the baseline, each metric on its own row.
 * Metrics have different units, so each change is put relative to the baseline's own value:
 * +5% means five per cent more than the baseline has. A change beyond the axis (axisReach) is
 * held at its end, as is an interval's end, and the mark says so.
 */
export function differenceGeometry(
  rows: OutcomeRow[],
  baselineIndex: number,
  width: number,
  height: number,
  margin: Margin = differenceMargin,
): DifferenceGeometry {
  const plot = frame(width, height, margin);
  type Placed = 'cx' | 'cy' | 'x0' | 'x1' | 'off' | 'cutLow' | 'cutHigh';
  const marks: Omit<DifferenceMark, Placed>[] = [];
  const skipped: OutcomeName[] = [];

  for (const row of rows) {
    const base = row.cells[baselineIndex]?.value;
    if (base === undefined || !(Math.abs(base) > 0)) {
      skipped.push(row.metric);
      continue;
    }
    row.differences.forEach((d, series) => {
      if (!d || !Number.isFinite(d.value)) return;
      const change = d.value / Math.abs(base);
      const bounded = d.halfWidth !== null && Number.isFinite(d.halfWidth);
      const half = (d.halfWidth ?? 0) / Math.abs(base);
      const low = change - half;
      const high = change + half;
      const good = bounded && (row.better === 'higher' ? low > 0 : high < 0);
      const bad = bounded && (row.better === 'higher' ? high < 0 : low > 0);
      marks.push({
        metric: row.metric,
        series,
        change,
        low,
        high,
        bounded,
        better: good,
        worse: bad,
      });
    });
  }

  const reach = axisReach(marks.map((m) => Math.max(Math.abs(m.low), Math.abs(m.high))));
  const x = scaleLinear().domain([-reach, reach]).nice(6).range([plot.left, plot.right]);
  const [lowest, highest] = x.domain();
  const held = (v: number) => Math.min(Math.max(v, lowest), highest);
  const shown = rows.map((r) => r.metric).filter((m) => !skipped.includes(m));
  const y = scaleBand<string>().domain(shown).range([plot.top, plot.bottom]).padding(0.25);
  const series = Math.max(1, ...marks.map((m) => m.series + 1));
  const offset = (s: number) => (y.bandwidth() * (s + 0.5)) / series;

  return {
    frame: plot,
    x,
    y,
    marks: marks.map((m) => ({
      ...m,
      cx: x(held(m.change)),
      cy: (y(m.metric) ?? 0) + offset(m.series),
      x0: x(held(m.low)),
      x1: x(held(m.high)),
      off: m.change > highest ? 1 : m.change < lowest ? -1 : 0,
      cutLow: m.low < lowest,
      cutHigh: m.high > highest,
    })),
    skipped,
    // Labels as wide as "-200.0%" need about 56 pixels each.
    xTicks: spacedTicks(x.ticks(tickCount(plot.right - plot.left, 6)), x, 56).map((value) => ({
      value,
      position: x(value),
    })),
    zero: x(0),
  };
}
