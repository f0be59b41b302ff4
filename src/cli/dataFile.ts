import { readFile } from 'node:fs/promises';
import type { Db } from '../lib/data/db';
import { importFile, type ImportOptions, type ImportOutcome } from '../lib/data/importFile';
import { openNodeDb } from '../lib/data/nodeDb';

/** A file on disk through the importer, in a fresh DuckDB; messages name it by the path given. */
export async function importDataFile(
  path: string,
  options: ImportOptions = {},
): Promise<{ db: Db; outcome: ImportOutcome }> {
  const db = await openNodeDb();
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder' : message;
    return { db, outcome: { ok: false, errors: [`${path}: cannot read the data (${reason})`] } };
  }
  return { db, outcome: await importFile(db, path, bytes, options) };
}
