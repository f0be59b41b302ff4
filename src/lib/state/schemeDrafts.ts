import { log } from '$lib/log';

/**
 * The Schemes screen's work in progress, kept for the tab (sessionStorage) so that leaving the
 * screen, going Back or reloading does not throw edits away. It belongs to the scenario and the
 * typical rep it was started from: once either changes (a set sent to Compare, a file or link
 * opened, other data), the screen starts again from them; data another tab loaded carry them
 * over (carryDrafts).
 */
export interface SchemeDrafts {
  /** What the drafts were started from (draftsOrigin). */
  from: string;
  drafts: Record<string, unknown>[];
  /** Per draft, the copy number of an editor label, or null for the user's own label. */
  presetCopies: (number | null)[];
  /** The rep the curves are drawn for; a field left empty is absent. */
  point: { expected?: number; sigma?: number; target?: number };
  addKind: string;
}

export const SCHEME_DRAFTS_KEY = 'incentive-lab.scheme-drafts';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** The key of what a screen's drafts start from: the running schemes and the typical rep. */
export function draftsOrigin(
  running: readonly unknown[],
  start: { expected: number; sigma: number },
): string {
  return JSON.stringify([running, start]);
}

/** The drafts kept for `from`, or null (none kept, kept for another start, or unreadable). */
export function keptDrafts(from: string, store: Store | undefined = tab()): SchemeDrafts | null {
  try {
    const text = store?.getItem(SCHEME_DRAFTS_KEY);
    if (!text) return null;
    const kept = JSON.parse(text) as Partial<SchemeDrafts>;
    const whole =
      kept.from === from &&
      Array.isArray(kept.drafts) &&
      Array.isArray(kept.presetCopies) &&
      kept.presetCopies.length === kept.drafts.length &&
      typeof kept.point === 'object' &&
      typeof kept.addKind === 'string';
    return whole ? (kept as SchemeDrafts) : null;
  } catch (error) {
    log.warn('kept scheme drafts could not be read', error);
    return null;
  }
}

/**
 * Origins whose drafts went on to other data (carryDrafts), old to new, for the page's life: a
 * Schemes screen still showing keeps writing under the origin it started from.
 */
const carried = new Map<string, string>();

/** Where drafts started from `from` are kept now. */
function carriedFrom(from: string): string {
  let at = from;
  for (let step = 0; step < carried.size && carried.has(at); step++) at = carried.get(at) ?? at;
  return at;
}

/** Keeps `drafts` for the tab; a full or blocked storage only loses them on a reload. */
export function keepDrafts(drafts: SchemeDrafts, store: Store | undefined = tab()): void {
  try {
    const kept = { ...drafts, from: carriedFrom(drafts.from) };
    store?.setItem(SCHEME_DRAFTS_KEY, JSON.stringify(kept));
  } catch (error) {
    log.warn('scheme drafts could not be kept', error);
  }
}

/**
 * The drafts kept for `from` go on to `to`: the data changed in another tab, not by a choice
 * made here, and the edits not yet sent would otherwise be dropped as drafts of other data.
 */
export function carryDrafts(from: string, to: string, store: Store | undefined = tab()): void {
  if (from === to) return;
  // Data going back to what they were: drafts started there are kept there again.
  carried.delete(to);
  carried.set(from, to);
  const kept = keptDrafts(from, store);
  if (kept !== null) keepDrafts(kept, store);
}

function tab(): Store | undefined {
  return globalThis.sessionStorage;
}
