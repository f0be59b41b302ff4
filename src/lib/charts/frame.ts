/** Space around the plot area for axes and their titles, in pixels. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The plot area inside the chart, in pixels from the chart's top left corner. */
export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const defaultMargin: Margin = { top: 12, right: 20, bottom: 52, left: 72 };

/** The plot area of a chart of the given size; never narrower than one pixel. */
export function frame(width: number, height: number, margin: Margin = defaultMargin): Frame {
  const left = margin.left;
  const top = margin.top;
  const right = Math.max(left + 1, width - margin.right);
  const bottom = Math.max(top + 1, height - margin.bottom);
  return { width, height, left, right, top, bottom };
}

/** A tick of an axis: where it sits (pixels) and the value it stands for. */
export interface Tick {
  position: number;
  value: number;
}

/**
 * How many ticks an axis of `length` pixels asks for: about one per 60 pixels, so that labels
 * such as "120K" keep apart on a phone, never more than `most` and never fewer than 3 (d3 may
 * give a single tick when asked for 2).
 */
export function tickCount(length: number, most: number): number {
  return Math.max(3, Math.min(most, Math.floor(length / 60)));
}

/**
 * Evenly spaced tick values thinned to every second (third, …) one until neighbours are at
 * least `gap` pixels apart on `scale`, while three or more are left; 0 stays when it is a
 * tick. d3 may give more ticks than asked for (five for three over ±2.2), too many for wide
 * labels such as "-200.0%" on a phone.
 */
export function spacedTicks(
  values: number[],
  scale: (value: number) => number,
  gap: number,
): number[] {
  if (values.length < 3) return values;
  const step = values[1] - values[0];
  const every = Math.ceil(gap / Math.abs(scale(values[1]) - scale(values[0])));
  if (every <= 1) return values;
  // Keep the multiples of `every` steps from 0 (or from the first tick when 0 is not one).
  const origin = values.some((v) => Math.abs(v) < step / 2) ? 0 : values[0];
  const kept = values.filter((v) => Math.round((v - origin) / step) % every === 0);
  // An axis needs three labels to be read; three close ones beat a lone 0.
  return kept.length >= 3 ? kept : values;
}
