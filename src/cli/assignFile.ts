import {
  readAssignmentFile,
  type AssignmentFileOutcome,
} from '../lib/data/assignments/assignmentFile';
import type { DateOrder } from '../lib/data/sql/parseMacrosSql';
import type { TextEncodingName } from '../lib/data/decode';
import { noSheets, readPath } from './dataFile';

/** An assignment file on disk, read and checked; messages name it by the path given. */
export async function readAssignPath(
  path: string,
  choice: { encoding?: TextEncodingName; dateOrder?: DateOrder; sheet?: string } = {},
): Promise<AssignmentFileOutcome | { ok: false; errors: string[] }> {
  const bytes = await readPath(path, 'assignments');
  if (typeof bytes === 'string') return { ok: false, errors: [bytes] };
  const sheetless = noSheets(path, bytes, choice.sheet, '--assign-sheet');
  if (sheetless) return { ok: false, errors: [sheetless] };
  return readAssignmentFile(path, bytes, choice);
}
