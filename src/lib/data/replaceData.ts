import { GROUP_COLUMN, REP_GROUPS } from './assignments/assignmentSql';
import type { Db } from './db';

/** The tables of the data on screen, which an import replaces together: sales and groups. */
const DATA_TABLES = ['sales', REP_GROUPS, GROUP_COLUMN];

/** Where a table of the data waits while the data that replaces it is made and fitted. */
export function asideName(table: string): string {
  return `il_prev_${table.replace(/^il_/, '')}`;
}

/** Sets the data's tables aside (those that exist); any that an earlier failure left go first. */
export const setAsideSql = DATA_TABLES.flatMap((table) => [
  `DROP TABLE IF EXISTS ${asideName(table)}`,
  `ALTER TABLE IF EXISTS ${table} RENAME TO ${asideName(table)}`,
]);

/** Puts the tables set aside back in place of those made since; a table that was none goes. */
export const restoreSql = DATA_TABLES.flatMap((table) => [
  `DROP TABLE IF EXISTS ${table}`,
  `ALTER TABLE IF EXISTS ${asideName(table)} RENAME TO ${table}`,
]);

/** Forgets the tables set aside: the new data stays. */
export const dropAsideSql = DATA_TABLES.map((table) => `DROP TABLE IF EXISTS ${asideName(table)}`);

/**
 * Runs `replace`, which makes the data's tables anew and fits them, with the previous tables
 * set aside (a rename, not a copy): they are dropped once it resolves true, or put back when it
 * resolves false (the new data is refused) or throws (a cancel, a failure), so the data stays
 * whole until the new data is fitted. `db` must not check an import's watch, or a cancel would
 * stop the tables from being put back. Resolves to whether the new tables were kept.
 */
export async function replacingData(db: Db, replace: () => Promise<boolean>): Promise<boolean> {
  // Each list in one call, which runs its statements in order and stops at the first that fails.
  await db.exec(setAsideSql.join(';\n'));
  let keep = false;
  try {
    keep = await replace();
  } finally {
    await db.exec((keep ? dropAsideSql : restoreSql).join(';\n'));
  }
  return keep;
}
