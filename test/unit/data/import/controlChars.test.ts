import { noteText } from '$lib/data/dataNote';
import { say } from '$lib/data/importMessages';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/data/db';
import { importFile } from '../../../../src/lib/data/importFile';
import { openNodeDb } from '../../../../src/lib/data/nodeDb';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
}, 60_000);

describe('control characters in rep names', () => {
  it('are written out as text in the loaded names, and the user is told where', async () => {
    const csv = 'rep,month,sales\nBo\u0000Chen,2024-01,5\nAnn,2024-01,7\nBo\u0000Chen,2024-02,6\n';

    const outcome = await importFile(db, 'n.csv', new TextEncoder().encode(csv));

    expect(outcome.ok && outcome.summary.warnings.map(noteText)).toEqual([
      'n.csv: row 2, column "rep": the name "Bo\\u0000Chen" holds control characters; it is ' +
        'kept with them written out as text (2 rows) (control characters are shown as \\u0000)',
    ]);
    const reps = await db.query<{ rep: string }>('SELECT DISTINCT rep FROM sales ORDER BY rep');
    expect(reps.map((r) => r.rep)).toEqual(['Ann', 'Bo\\u0000Chen']);
  });

  it('leave tabs and line ends as they are (the CSV export neutralises a leading one)', async () => {
    const csv = 'rep,month,sales\n"\t=5",2024-01,5\n"\r=6",2024-01,7\n';

    const outcome = await importFile(db, 't.csv', new TextEncoder().encode(csv));

    // One row per rep draws the snapshot warning (loadChecks); no other notice is given.
    const notices = outcome.ok ? outcome.summary.warnings.map(say) : [];
    expect(notices.filter((w) => !w.includes('has a single row'))).toEqual([]);
    const reps = await db.query<{ rep: string }>('SELECT DISTINCT rep FROM sales ORDER BY rep');
    expect(reps.map((r) => r.rep)).toEqual(['\t=5', '\r=6']);
  });
});
