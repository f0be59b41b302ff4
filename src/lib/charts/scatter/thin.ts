/**
 * Marks drawn per series at most. A run on 1,000 reps has thousands of rep-periods per scheme;
 * beyond this many the marks overlap into a cloud that more of them would not change, while
 * each costs the page's thread time to draw. The chart says when it shows fewer than all.
 */
export const MAX_MARKS_PER_SERIES = 1500;

/** At most `most` items, evenly spread over the list and in its order (all when fewer). */
export function thin<T>(items: readonly T[], most: number): T[] {
  if (items.length <= most) return items.slice();
  return Array.from({ length: most }, (_, i) => items[Math.floor((i * items.length) / most)]);
}
