import { inEnglish } from '../inEnglish';
import { noteText } from '$lib/data/dataNote';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/data/db';
import { importFile } from '../../../../src/lib/data/importFile';
import { say } from '../../../../src/lib/data/importMessages';
import { openNodeDb } from '../../../../src/lib/data/nodeDb';
import { previewFile } from '../../../../src/lib/data/previewFile';
import { wideText } from '../../../../src/lib/data/wideText';
import { readSales } from './fixtures';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

const bytes = (text: string) => new TextEncoder().encode(text);

// A byte-order mark, a Chinese rep header and one column per month, as a spreadsheet saves it.
const wideZh = '\uFEFF销售员,2024-01,2024-02,2024-03\n张伟,95,93.5,\n王芳,122,52.5,85\n';

describe('a CSV with one column per period', () => {
  it('importFile reads each rep and month of a wide CSV as one row, leaving out empty cells', async () => {
    const outcome = await importFile(db, 'wide_zh.csv', bytes(wideZh));
    if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));

    expect(outcome.summary.mapping).toMatchObject({ rep: '销售员', date: 'Period' });
    expect(await readSales(db)).toEqual([
      { rep: '张伟', day: '2024-01-01', sales: 95, target: null },
      { rep: '张伟', day: '2024-02-01', sales: 93.5, target: null },
      { rep: '王芳', day: '2024-01-01', sales: 122, target: null },
      { rep: '王芳', day: '2024-02-01', sales: 52.5, target: null },
      { rep: '王芳', day: '2024-03-01', sales: 85, target: null },
    ]);
    expect(noteText(outcome.summary.warnings[0])).toBe(
      'wide_zh.csv: one column per period; read as one row per period.',
    );
    expect(outcome.summary.warnings[0]?.code).toBe('wideFile');
  });

  it('importFile numbers a wide CSV’s rows as a long CSV’s and names the month header', async () => {
    // Title and blank lines above the header make it row 3; the blank line below it is no row,
    // as in a long CSV, so Bo's is row 5.
    const text = 'Sales 2024\n\nRep,Jan-24,Feb-24,Mar-24\nAnn,100,110,-7\n\nBo,50,n/a,70\n';
    const long = 'Sales 2024\n\nRep,Month,Sales\nAnn,2024-03,-7\n\nBo,2024-02,n/a\n';
    const outcome = await importFile(db, 'wide.csv', bytes(text));
    const longOutcome = await importFile(db, 'wide.csv', bytes(long));

    expect(inEnglish(outcome)).toEqual({
      ok: false,
      errors: [
        'wide.csv: row 5, column "Feb-24": cannot read "n/a"; expected an amount such as ' +
          '1234.5, 1,234.50, ¥1,234 or (500)',
        'wide.csv: row 4, column "Mar-24": -7 is negative; it is kept as a return and lowers ' +
          'the net sales of its period',
        'wide.csv: fix the file, change the column mapping, or skip the bad rows',
      ],
    });
    const rowsOf = (o: typeof outcome) =>
      o.ok ? [] : o.errors.map((e) => /row \d+/.exec(say(e))?.[0]);
    expect(rowsOf(outcome)).toEqual(rowsOf(longOutcome));
  });

  it('previewFile shows a wide CSV unpivoted, with its date and sales columns proposed', async () => {
    const outcome = await previewFile(bytes(wideZh), 'wide_zh.csv');
    if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));
    const { preview } = outcome;

    expect(preview.headers).toEqual(['销售员', 'Period', 'Sales']);
    expect(preview.mapping).toMatchObject({ rep: '销售员', date: 'Period', sales: 'Sales' });
    expect(preview.rows[0]).toEqual(['张伟', '2024-01-01', '95']);
    expect(preview.head[0]).toEqual(['销售员', '2024-01', '2024-02', '2024-03']);
    expect(preview.headerRow).toBe(1);
  });

  it('wideText leaves a long CSV, whose header names a date column, to the loader', () => {
    expect(wideText('rep,date,sales\nAnn,2024-01-05,10\n')).toBeNull();
  });
});
