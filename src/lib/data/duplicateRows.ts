import { MAX_ERRORS } from './constants';
import { note, type ImportMessage } from './importMessages';

/** Row numbers shown of one group; a file with a row written hundreds of times lists a few. */
const ROWS_SHOWN = 5;

/**
 * The note on a file's groups of identical rows (each its row numbers joined by ", "), or
 * null for none. Every copy stays a row of its own, in the sales total too, so the note counts
 * all groups and rows before it lists the first MAX_ERRORS groups: a file written twice over
 * must not read as twenty doubled rows.
 */
export function duplicatesNote(file: string, groups: { rows: string }[]): ImportMessage | null {
  if (groups.length === 0) return null;
  // Row numbers as the query joins them: digits only, so ', ' parts them.
  const rows = groups.map((group) => group.rows.split(', '));
  if (groups.length === 1) return note('duplicates', { file, rows: rows[0] });
  const copies = rows.reduce((n, group) => n + group.length, 0);
  const list = rows
    .slice(0, MAX_ERRORS)
    .map((group) => [...group.slice(0, ROWS_SHOWN), ...(group.length > ROWS_SHOWN ? ['…'] : [])]);
  const params = { file, groups: groups.length, copies, list };
  return groups.length > MAX_ERRORS
    ? note('duplicateGroupsMore', { ...params, listed: MAX_ERRORS })
    : note('duplicateGroups', params);
}
