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
