/**
 * The mark a chart read with the keyboard shows next: the arrow keys step through its marks in
 * the order they are drawn, Home and End go to the ends, Escape leaves. Null for any other key,
 * which the chart then leaves to the page.
 */
export function nextMark(key: string, active: number, count: number): number | null {
  const last = count - 1;
  if (count === 0) return null;
  if (key === 'ArrowRight' || key === 'ArrowDown') return Math.min(last, active + 1);
  if (key === 'ArrowLeft' || key === 'ArrowUp') return active < 0 ? last : Math.max(0, active - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  if (key === 'Escape') return -1;
  return null;
}
