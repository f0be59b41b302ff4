import { readFile } from 'node:fs/promises';
import {
  readAssignmentFile,
  type AssignmentFileOutcome,
} from '../lib/data/assignments/assignmentFile';
import type { DateOrder } from '../lib/data/sql/parseMacrosSql';
import type { TextEncodingName } from '../lib/data/decode';
import { noSheets } from './dataFile';

/** An assignment file on disk, read and checked; messages name it by the path given. */
export async function readAssignPath(
  path: string,
  choice: { encoding?: TextEncodingName; dateOrder?: DateOrder; sheet?: string } = {},
): Promise<AssignmentFileOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder' : message;
    return { ok: false, errors: [`${path}: cannot read the assignments (${reason})`] };
  }
  const sheetless = noSheets(path, bytes, choice.sheet, '--assign-sheet');
  if (sheetless) return { ok: false, errors: [sheetless] };
  return readAssignmentFile(path, bytes, choice);
}
