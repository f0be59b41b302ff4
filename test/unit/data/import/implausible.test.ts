import { inEnglish } from '../inEnglish';
import { noteText } from '$lib/data/dataNote';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/data/db';
import { openNodeDb } from '../../../../src/lib/data/nodeDb';
import { importFixture } from './fixtures';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
});

const tooLarge = (row: number, value: string) =>
  `amount_too_large.csv: row ${row}, column "sales": "${value}" is too large for an amount ` +
  '(over 10,000,000,000,000, or not a finite number); correct it, or skip the bad rows';

describe('importFile on absurd amounts and snapshots', () => {
  it('refuses amounts of ten trillion and more, naming row, column and value', async () => {
    expect(inEnglish(await importFixture(db, 'amount_too_large.csv'))).toEqual({
      ok: false,
      errors: [
        tooLarge(2, '1e308'),
        tooLarge(3, '20,000,000,000,000'),
        'amount_too_large.csv: fix the file, change the column mapping, or skip the bad rows',
      ],
    });
  });

  it('skips them when asked, keeping an amount just under the limit', async () => {
    const outcome = await importFixture(db, 'amount_too_large.csv', { skipBadRows: true });
    expect(outcome.ok && outcome.summary.skipped.map((s) => s.row)).toEqual([2, 3]);
    const [{ total }] = await db.query<{ total: number }>('SELECT sum(sales) AS total FROM sales');
    expect(total).toBe(50 + 9_999_999_999_999);
  });

  it('refuses one row per rep dated by a record stamp, else warns of it', async () => {
    expect(inEnglish(await importFixture(db, 'snapshot_modified.csv'))).toEqual({
      ok: false,
      errors: [
        'snapshot_modified.csv: each of its 3 reps has a single row, dated by "ModifiedDate" ' +
          '(when the record was last changed): a snapshot of the reps, not a sales history; ' +
          'import a file with a date per sale or per period, such as a sales or quota history',
      ],
    });

    const monthly = await importFixture(db, 'units_in_header.csv');
    expect(monthly.ok && monthly.summary.warnings.map(noteText)).toContain(
      'units_in_header.csv: each of its 2 reps has a single row: one figure per rep is a ' +
        'snapshot, not a history; the simulation repeats that figure in every period',
    );
  });
});
