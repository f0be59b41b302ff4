import { readFile } from 'node:fs/promises';
import type { Db } from '../lib/data/db';
import { fileFormat } from '../lib/data/fileFormat';
import { importFile, type ImportOptions, type ImportOutcome } from '../lib/data/importFile';
import { openNodeDb } from '../lib/data/nodeDb';

/** The importer's outcome, or the CLI's own line on a file it could not hand over. */
export type FileOutcome = ImportOutcome | { ok: false; errors: string[] };

/** A file on disk through the importer, in a fresh DuckDB; messages name it by the path given. */
export async function importDataFile(
  path: string,
  options: ImportOptions = {},
): Promise<{ db: Db; outcome: FileOutcome }> {
  const db = await openNodeDb();
  const bytes = await readPath(path, 'data');
  if (typeof bytes === 'string') return { db, outcome: { ok: false, errors: [bytes] } };
  const sheetless = noSheets(path, bytes, options.sheet, '--sheet');
  if (sheetless) return { db, outcome: { ok: false, errors: [sheetless] } };
  return { db, outcome: await importFile(db, path, bytes, options) };
}

/**
 * A sheet asked of a text file, which has none: refused, where the importer would read the
 * text and say nothing of the sheet. Null when the file has sheets or none was asked for.
 */
export function noSheets(
  path: string,
  bytes: Uint8Array,
  sheet: string | undefined,
  option: string,
): string | null {
  if (sheet === undefined || fileFormat(bytes) !== 'csv') return null;
  const why = 'is for a workbook (.xlsx, .xls); this file is text (CSV), which has no sheets';
  return `${path}: ${option} "${sheet}" ${why}`;
}

/** A file's bytes, or the line that says why they cannot be read (`what` the file holds). */
export async function readPath(path: string, what: string): Promise<Uint8Array | string> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder' : message;
    return `${path}: cannot read the ${what} (${reason})`;
  }
}
