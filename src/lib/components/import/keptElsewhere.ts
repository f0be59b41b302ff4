import { openBrowserStore } from '$lib/data/persistBrowser';
import { keptFileName } from '$lib/data/persistImport';

/**
 * The file the browser keeps now when it is not the one this tab shows (`shown`): another tab
 * imported it after this one read the store, and its storage is the same. Null when the store
 * holds what this tab shows, holds nothing, or cannot be read (forgetting then says why).
 * Known shortcoming: the same file name imported again with other options reads as the same.
 */
export async function keptElsewhere(shown: string | null): Promise<string | null> {
  try {
    const kept = await keptFileName(await openBrowserStore());
    return kept !== null && kept !== shown ? kept : null;
  } catch {
    return null;
  }
}
