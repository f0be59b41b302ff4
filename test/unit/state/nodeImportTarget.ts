import type { Db } from '../../../src/lib/data/db';
import type { ImportOptions } from '../../../src/lib/data/importFile';
import { loadCsvBytes } from '../../../src/lib/data/source';
import type { ImportTarget, LoadedData } from '../../../src/lib/state/importer.svelte';

/** A stand-in for the session: imports and calibrates into `db` in Node, as the session does. */
export function nodeImportTarget(db: Db): ImportTarget & { dataset: LoadedData | null } {
  const target = {
    dataset: null as LoadedData | null,
    async importCsv(fileName: string, bytes: Uint8Array, options: ImportOptions) {
      const outcome = await loadCsvBytes(db, fileName, bytes, options);
      if (!outcome.ok) return { status: 'failed' as const, errors: outcome.errors };
      target.dataset = { source: fileName, result: outcome.result };
      const thinReps = outcome.result.histories.filter((h) => h.thin).map((h) => h.name);
      return { status: 'loaded' as const, summary: outcome.summary, thinReps };
    },
  };
  return target;
}
