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
  /** True when the interval excludes 0 and the change goes the good way. */
  better: boolean;
  worse: boolean;
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
 * A forest plot of every scheme's change against the baseline, each metric on its own row.
 * Metrics have different units, so each change is put relative to the baseline's own value:
 * +5% means five per cent more than the baseline has.
 */
export function differenceGeometry(
  rows: OutcomeRow[],
  baselineIndex: number,
  width: number,
  height: number,
  margin: Margin = differenceMargin,
): DifferenceGeometry {
  const plot = frame(width, height, margin);
  const marks: Omit<DifferenceMark, 'cx' | 'cy' | 'x0' | 'x1'>[] = [];
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
      const half = (d.halfWidth ?? 0) / Math.abs(base);
      const low = change - half;
      const high = change + half;
      const good = row.better === 'higher' ? low > 0 : high < 0;
      const bad = row.better === 'higher' ? high < 0 : low > 0;
      marks.push({ metric: row.metric, series, change, low, high, better: good, worse: bad });
    });
  }

  const reach = Math.max(0.01, ...marks.flatMap((m) => [Math.abs(m.low), Math.abs(m.high)]));
  const x = scaleLinear().domain([-reach, reach]).nice(6).range([plot.left, plot.right]);
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
      cx: x(m.change),
      cy: (y(m.metric) ?? 0) + offset(m.series),
      x0: x(m.low),
      x1: x(m.high),
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
