import { log } from '$lib/log';

/**
 * The Schemes screen's work in progress, kept for the tab (sessionStorage) so that leaving the
 * screen, going Back or reloading does not throw edits away. It belongs to the scenario and the
 * typical rep it was started from: once either changes (a set sent to Compare, a file or link
 * opened, other data), the screen starts again from them.
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

/** Keeps `drafts` for the tab; a full or blocked storage only loses them on a reload. */
export function keepDrafts(drafts: SchemeDrafts, store: Store | undefined = tab()): void {
  try {
    store?.setItem(SCHEME_DRAFTS_KEY, JSON.stringify(drafts));
  } catch (error) {
    log.warn('scheme drafts could not be kept', error);
  }
}

function tab(): Store | undefined {
  return globalThis.sessionStorage;
}
