import type { Db } from './db';
import { note, type ImportMessage } from './importMessages';
import { dateOrderSql } from './sql/checkSql';
import type { DateOrder } from './sql/parseMacrosSql';

export type DateOrderOutcome =
  | { ok: true; order: DateOrder | null }
  | { ok: false; error: (fileName: string, column: string) => ImportMessage };

/**
 * One order for the whole column of numbers-only dates (3/4/2024): day-first if some first
 * number exceeds 12, month-first if some second one does; when none does, the user's choice, and
 * without one the column is reported as ambiguous rather than guessed. Null: no such dates.
 */
export async function decideDateOrder(
  db: Db,
  dateColumn: number,
  chosen: DateOrder | undefined,
): Promise<DateOrderOutcome> {
  const [seen] = await db.query<{ n: number; first: number; second: number; example: string }>(
    dateOrderSql(dateColumn),
  );
  if (!seen || seen.n === 0) return { ok: true, order: null };
  if (chosen) return { ok: true, order: chosen };

  const dayFirst = seen.first > 12;
  const monthFirst = seen.second > 12;
  if (dayFirst !== monthFirst) return { ok: true, order: dayFirst ? 'dmy' : 'mdy' };

  return {
    ok: false,
    error: (file, column) =>
      dayFirst
        ? note('dateOrderMixed', { file, column })
        : note('dateOrderAmbiguous', { file, column, value: seen.example }),
  };
}
