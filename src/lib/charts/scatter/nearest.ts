import { Delaunay } from 'd3';

/** A mark's place in pixels. */
export interface Placed {
  cx: number;
  cy: number;
}

/**
 * Index of the mark nearest to a pixel, or -1 when none is within `radius` pixels. The
 * triangulation is built on the first call, not with the chart: for thousands of marks it
 * costs tens of milliseconds that a chart nobody points at should not pay.
 */
export function nearestFinder(
  marks: readonly Placed[],
): (px: number, py: number, radius: number) => number {
  let delaunay: Delaunay<Placed> | null = null;
  return (px, py, radius) => {
    if (marks.length === 0) return -1;
    delaunay ??= Delaunay.from(
      marks,
      (d) => d.cx,
      (d) => d.cy,
    );
    const i = delaunay.find(px, py);
    return Math.hypot(marks[i].cx - px, marks[i].cy - py) <= radius ? i : -1;
  };
}
