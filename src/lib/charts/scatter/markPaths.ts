import { seriesShape } from '../legend';

/** A scatter mark: its place, its series, and whether it is drawn as an outline only. */
export interface Mark {
  cx: number;
  cy: number;
  series: number;
  hollow?: boolean;
}

/** Every mark of one series and one fill as a single SVG path. */
export interface MarkPath {
  series: number;
  hollow: boolean;
  d: string;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** A circle as two arcs; a triangle pointing up; both centred on (cx, cy). */
function markPath(shape: 'circle' | 'triangle', cx: number, cy: number, r: number): string {
  const [x, y] = [round(cx), round(cy)];
  if (shape === 'circle') {
    return `M${round(x - r)} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
  }
  const [left, right, base] = [round(x - r * 0.9), round(x + r * 0.9), round(y + r * 0.7)];
  return `M${x} ${round(y - r)}L${right} ${base}L${left} ${base}Z`;
}

/**
 * The marks grouped into one path per series and fill, in series order. One element per
 * group instead of one per mark: a run on 1,000 reps has thousands of rep-periods, and creating
 * an element for each took hundreds of milliseconds of the page's thread. Within one path,
 * overlapping marks are filled once rather than darkening each other.
 */
export function markPaths(marks: readonly Mark[], radius: number): MarkPath[] {
  const groups = new Map<string, MarkPath & { parts: string[] }>();
  for (const m of marks) {
    const hollow = m.hollow === true;
    const key = `${m.series}:${hollow}`;
    let group = groups.get(key);
    if (!group) {
      group = { series: m.series, hollow, d: '', parts: [] };
      groups.set(key, group);
    }
    const r = seriesShape(m.series) === 'circle' ? radius : radius * 1.25;
    group.parts.push(markPath(seriesShape(m.series), m.cx, m.cy, r));
  }
  return [...groups.values()]
    .sort((a, b) => a.series - b.series || Number(a.hollow) - Number(b.hollow))
    .map(({ series, hollow, parts }) => ({ series, hollow, d: parts.join('') }));
}
