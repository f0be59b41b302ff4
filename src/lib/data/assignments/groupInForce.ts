import type { Span } from './readAssignments';

/**
 * The group a rep is counted in for a period from day `from` to day `to` (both included), given
 * that rep's spans: the group held on most days of the period; on a tie, the one the rep moved
 * to later (the newer assignment). Days without any assignment (a gap, before the first start,
 * after the last end) count for no group; a period with no assigned day at all is unassigned
 * (null), even when the rep sold in it.
 */
export function groupInForce(spans: Span[], from: number, to: number): string | null {
  const days = new Map<string, { days: number; start: number }>();
  for (const span of spans) {
    const held = Math.min(to, span.end ?? Infinity) - Math.max(from, span.start) + 1;
    if (held <= 0) continue;
    const seen = days.get(span.group);
    days.set(span.group, {
      days: (seen?.days ?? 0) + held,
      start: Math.max(seen?.start ?? -Infinity, span.start),
    });
  }

  let best: { group: string; days: number; start: number } | null = null;
  for (const [group, held] of days) {
    const better =
      !best || held.days > best.days || (held.days === best.days && held.start > best.start);
    if (better) best = { group, ...held };
  }
  return best?.group ?? null;
}
