import { MAX_ERRORS } from './constants';
import { say } from './importMessages';

/** Row numbers shown of one group; a file with a row written hundreds of times lists a few. */
const ROWS_SHOWN = 5;

/**
 * The note on a file's groups of identical rows (each its row numbers joined by ", "), or
 * null for none. Every copy stays a row of its own, in the sales total too, so the note counts
 * all groups and rows before it lists the first MAX_ERRORS groups: a file written twice over
 * must not read as twenty doubled rows.
 */
export function duplicatesNote(file: string, groups: { rows: string }[]): string | null {
  if (groups.length === 0) return null;
  if (groups.length === 1) return say('duplicates', { file, rows: groups[0].rows });
  const rows = groups.map((group) => group.rows.split(', '));
  const copies = rows.reduce((n, group) => n + group.length, 0);
  const list = rows
    .slice(0, MAX_ERRORS)
    .map((group) => [...group.slice(0, ROWS_SHOWN), ...(group.length > ROWS_SHOWN ? ['…'] : [])])
    .map((group) => group.join(', '))
    .join('; ');
  const params = { file, groups: groups.length, copies, list };
  return groups.length > MAX_ERRORS
    ? say('duplicateGroupsMore', { ...params, listed: MAX_ERRORS })
    : say('duplicateGroups', params);
}
