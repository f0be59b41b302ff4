/**
 * Whether the editor's schemes may go to Compare. Compare runs every scheme on the page or none:
 * a scheme the checks refuse is never left out quietly but named as its editor shows it, and two
 * schemes with one identifier (the run's results are keyed by it) are named by that identifier
 * instead of the button doing nothing.
 */
export type Hold =
  | { reason: 'none' }
  | { reason: 'invalid'; names: string[] }
  | { reason: 'duplicate'; ids: string[] }
  | { reason: 'compareRange'; fields: string[] };

/** The identifier a draft is named by: as typed, or its place (#2) when it has none. */
export function draftName(draft: { id?: unknown }, index: number): string {
  const id = typeof draft.id === 'string' ? draft.id.trim() : '';
  return id === '' ? `#${index + 1}` : id;
}

/** A draft as its editor shows it: by its name, else as draftName does. */
export function draftLabel(draft: { id?: unknown; label?: unknown }, index: number): string {
  const label = typeof draft.label === 'string' ? draft.label.trim() : '';
  return label === '' ? draftName(draft, index) : label;
}

/** Identifiers that more than one draft has, as typed. */
export function duplicateIds(drafts: readonly { id?: unknown }[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const d of drafts) {
    if (typeof d.id !== 'string') continue;
    if (seen.has(d.id)) twice.add(d.id);
    seen.add(d.id);
  }
  return twice;
}

/**
 * What keeps the drafts from Compare, first things first; empty when they may go. `outOfRange`
 * names the settings Compare would take from them and refuse (compareRange.ts).
 */
export function compareHolds(
  drafts: readonly { id?: unknown; label?: unknown }[],
  ok: readonly boolean[],
  outOfRange: readonly string[] = [],
): Hold[] {
  if (drafts.length === 0) return [{ reason: 'none' }];
  const holds: Hold[] = [];
  const invalid = drafts.flatMap((d, k) => (ok[k] ? [] : [draftLabel(d, k)]));
  if (invalid.length > 0) holds.push({ reason: 'invalid', names: invalid });
  const twice = [...duplicateIds(drafts)];
  if (twice.length > 0) holds.push({ reason: 'duplicate', ids: twice });
  if (outOfRange.length > 0) holds.push({ reason: 'compareRange', fields: [...outOfRange] });
  return holds;
}
