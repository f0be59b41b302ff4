import type { ImportOptions } from '$lib/data';
import { announce } from '$lib/state/dataChannel';
import { savedData } from '$lib/state/savedData.svelte';
import { session } from '$lib/state/session.svelte';

// The user's own changes of the data, each told to the other tabs once it is done (and, for an
// import, once the browser has kept it, so that they can read it back from the store).

/** Keeps a file that loaded here, then tells the other tabs (whether it could be kept or not). */
export async function keepImportAndTell(
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<void> {
  await savedData.keepImport(fileName, bytes, options);
  const savedAt = savedData.fileName === fileName ? savedData.savedAt : null;
  const reps = session.dataset?.result.reps.length ?? 0;
  announce({ kind: 'import', fileName, reps, savedAt, currency: session.historyUnit });
}

/**
 * Goes back to the built-in sample, then tells the other tabs if it did. The kept file stays
 * kept, and a reload loads it again.
 */
export async function useSampleAndTell(): Promise<void> {
  await session.useSample();
  if (session.dataset?.source !== null) return;
  const reps = session.dataset.result.reps.length;
  announce({ kind: 'sample', reps, currency: session.historyUnit });
}

/** Tells the other tabs that what the browser kept is forgotten, once it is. */
export function tellCleared(): void {
  if (savedData.cleared) announce({ kind: 'cleared' });
}
