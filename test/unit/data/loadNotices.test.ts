import { beforeAll, describe, expect, it } from 'vitest';
import { noteText } from '$lib/data/dataNote';
import type { Db } from '../../../src/lib/data/db';
import { note, say } from '../../../src/lib/data/importMessages';
import { loadCsvText } from '../../../src/lib/data/load';
import { openNodeDb } from '../../../src/lib/data/nodeDb';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

describe('import notices on rows that do not count', () => {
  it('a CSV with a header and no data rows is refused as having no data rows', async () => {
    const outcome = await loadCsvText(db, 'header.csv', 'rep,month,sales\n');

    expect(outcome).toEqual({ ok: false, errors: [note('headerOnly', { file: 'header.csv' })] });
    expect(say(note('headerOnly', { file: 'header.csv' }))).toContain(
      'header row but no data rows',
    );
  });

  it('a CSV whose rows all have statuses left out still says no rows count as sales', async () => {
    const text = 'rep,date,sales,status\nA,2024-01-05,12,failed\n';
    const outcome = await loadCsvText(db, 'failed.csv', text, { countStatuses: ['ok'] });

    expect(outcome).toEqual({ ok: false, errors: [note('noRows', { file: 'failed.csv' })] });
  });

  it('reps whose every row has a status left out are named in a notice', async () => {
    const lines = ['rep,date,sales,status', 'A,2024-01-05,12,ok', 'B,2024-01-05,3,failed'];
    for (const rep of ['C', 'D', 'E', 'F', 'G', 'H']) lines.push(`${rep},2024-01-06,1,failed`);
    lines.push('A,2024-01-07,4,failed');
    const outcome = await loadCsvText(db, 'status.csv', lines.join('\n'), {
      countStatuses: ['ok'],
    });
    if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));

    const notice = outcome.summary.warnings
      .map(noteText)
      .find((w) => w.includes('no rows that count'));
    expect(notice).toBe(
      'status.csv: 7 reps have no rows that count as sales (every row has a status left out), ' +
        'so they are not simulated: "B", "C", "D", "E", "F", … (7 in all)',
    );
  });

  it('one rep without counted rows is named in the singular', async () => {
    const text = 'rep,date,sales,status\nA,2024-01-05,12,ok\nB,2024-01-05,3,failed\n';
    const outcome = await loadCsvText(db, 'one.csv', text, { countStatuses: ['ok'] });
    if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));

    expect(outcome.summary.warnings.map(noteText)).toContain(
      'one.csv: 1 rep has no rows that count as sales (every row has a status left out), ' +
        'so it is not simulated: "B"',
    );
  });

  it('counts of one are worded in the singular', () => {
    expect(say(note('skippedBad', { file: 'f', count: 1 }))).toBe(
      'f: 1 row with unreadable values was skipped.',
    );
    expect(say(note('skippedBad', { file: 'f', count: 2 }))).toBe(
      'f: 2 rows with unreadable values were skipped.',
    );
    expect(say(note('statusLeftOut', { count: 1 }))).toBe('1 row was left out for its status.');
    expect(say(note('moreBad', { file: 'f', count: 1 }))).toBe('f: 1 more value cannot be read');
    expect(say(note('moreNegative', { file: 'f', count: 1 }))).toBe(
      'f: 1 more row has negative sales; it is kept as a return too',
    );
    const controls = { file: 'f', row: 2, column: 'rep', value: 'x', count: 1 };
    expect(say(note('controlsInRep', controls))).toMatch(/\(1 row\)$/);
  });
});
