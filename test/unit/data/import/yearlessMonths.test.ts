import { inEnglish } from '../inEnglish';
import { noteText } from '$lib/data/dataNote';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/data/db';
import { importFile } from '../../../../src/lib/data/importFile';
import { openNodeDb } from '../../../../src/lib/data/nodeDb';
import { previewFile } from '../../../../src/lib/data/previewFile';
import { yearlessMonths } from '../../../../src/lib/data/yearlessMonths';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

const bytes = (text: string) => new TextEncoder().encode(text);
const months = '销售员,1月,2月,3月,4月\n张伟,95,93,109,112\n王芳,122,52,85,104\n';

describe('a table with one column per month and no year', () => {
  it('importFile says first that the month headers have no year, then what is missing', async () => {
    const outcome = await importFile(db, 'months.csv', bytes(months));
    if (outcome.ok) throw new Error('a table of months without a year was imported');

    expect(noteText(outcome.errors[0])).toBe(
      'months.csv: the headers "1月", "2月", "3月", "4月" name months without a year, so their ' +
        'columns cannot be read as periods; write the year in each (2024-01, Jan-24 or 2024年1月)',
    );
    expect(outcome.errors[0]?.code).toBe('yearlessMonths');
    expect(outcome.errors.slice(1).map(noteText).join('\n')).toContain('no column for sales');
  });

  it('previewFile holds the import back with the same words until the file has years', async () => {
    const outcome = await previewFile(bytes(months), 'months.csv');
    if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));

    expect(outcome.preview.notes.map(noteText)).toHaveLength(1);
    expect(outcome.preview.notes[0]?.code).toBe('yearlessMonths');
  });

  it('importFile reads a long table whose extra columns happen to be named after months', async () => {
    const text = 'rep,date,sales,Jan,Feb,Mar\nAnn,2024-01-05,10,1,2,3\n';
    const outcome = await importFile(db, 'long.csv', bytes(text));

    expect(outcome.ok).toBe(true);
  });

  it('yearlessMonths knows Chinese and English month names and ignores words that merely start alike', () => {
    expect(yearlessMonths(['Rep', 'Jan', 'Feb.', 'March', 'Sept'])).toEqual([
      'Jan',
      'Feb.',
      'March',
      'Sept',
    ]);
    expect(yearlessMonths(['十一月', '十二月', '1月份'])).toHaveLength(3);
    expect(yearlessMonths(['Ma', 'Marketing', 'Mayor', '13月', 'Jan'])).toEqual([]);
    expect(yearlessMonths(['2024-01', '2024-02', '2024-03'])).toEqual([]);
  });
});
