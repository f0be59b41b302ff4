/** The prefix of the user-timing measures of an import's steps (browserDb.ts, importFile.ts). */
export const IMPORT_MEASURE = 'Import';

/**
 * Records one step of an import as a user-timing measure from `start` to now, named by its
 * first words and carrying them whole, so a performance trace (and bench/import.ts) shows where
 * an import's time goes. The part tells a DuckDB statement in the worker (`sql`) from turning
 * its answer into rows on the page (`rows`), registering a file, and the page's own work.
 */
export function measureStep(
  part: 'sql' | 'rows' | 'register' | 'page',
  what: string,
  start: number,
): void {
  const words = what.replace(/\s+/g, ' ').trim();
  performance.measure(`${IMPORT_MEASURE} ${part}: ${words.slice(0, 60)}`, {
    start,
    end: performance.now(),
    detail: { part, what: words },
  });
}
