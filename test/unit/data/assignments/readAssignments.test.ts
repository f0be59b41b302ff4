import { describe, expect, it } from 'vitest';
import { readAssignmentFile } from '../../../../src/lib/data/assignments/assignmentFile';
import { readAssignments } from '../../../../src/lib/data/assignments/readAssignments';
import { isoDay } from '../../../../src/lib/data/assignments/spanDates';
import { fixtureBytes } from '../import/fixtures';

const read = (name: string) => readAssignmentFile(name, fixtureBytes(name));
const shown = (spans: { rep: string; group: string; start: number; end: number | null }[]) =>
  spans.map((s) => [s.rep, s.group, isoDay(s.start), s.end === null ? null : isoDay(s.end)]);

describe('readAssignmentFile', () => {
  it('reads spans with open ends, by rep and start', async () => {
    const outcome = await read('assign_territories.csv');
    expect(outcome.ok === true && shown(outcome.assignments.spans).slice(0, 3)).toEqual([
      ['A', 'North', '2024-01-01', '2024-02-10'],
      ['A', 'South', '2024-02-11', null],
      ['B', 'North', '2024-01-01', '2024-03-31'],
    ]);
  });

  it('reads Chinese headers and dates and keeps leading zeros', async () => {
    const outcome = await read('assign_zh.csv');
    expect(outcome.ok === true && shown(outcome.assignments.spans)).toEqual([
      ['007', '华东', '2024-01-01', '2024-03-31'],
      ['007', '华南', '2024-04-01', null],
      ['012', '华北', '2024-01-01', null],
    ]);
  });

  it('names file, row, column and value of an overlap, an early end and a bad date', async () => {
    expect(await read('assign_overlap.csv')).toEqual({
      ok: false,
      errors: [
        'assign_overlap.csv: row 4, column "end_date": "2024-04-01" is before the start ' +
          '"2024-05-01"; an assignment ends on or after the day it starts: correct the dates',
        'assign_overlap.csv: row 5, column "start_date": cannot read "soon"; expected a date ' +
          'such as 2024-01-31, 2024/1/31 22:55, 2024-01 or May 31 2011 12:00AM',
        'assign_overlap.csv: row 3, column "start_date": 2024-03-01 is before the end of row 2 ' +
          '(A in North until 2024-03-31); a rep is in one group at a time: correct the dates',
      ],
    });
  });

  it('says a sales file is not an assignment file', async () => {
    expect(await read('sales_with_region.csv')).toMatchObject({ ok: 'not' });
  });
});

describe('readAssignments', () => {
  it('ends each span the day before the next when there is no end column', () => {
    const table = {
      headers: ['rep', 'team', 'from'],
      rows: [
        { row: 2, cells: ['A', 'T1', '2024-01-01'] },
        { row: 3, cells: ['A', 'T2', '2024-03-01'] },
      ],
    };
    const mapping = { rep: 'rep', group: 'team', start: 'from', end: null };
    const outcome = readAssignments('f.csv', table, mapping);
    expect(outcome.ok && shown(outcome.assignments.spans)).toEqual([
      ['A', 'T1', '2024-01-01', '2024-02-29'],
      ['A', 'T2', '2024-03-01', null],
    ]);
  });

  it('names an empty group with its role', () => {
    const table = {
      headers: ['rep', 'team', 'from'],
      rows: [{ row: 2, cells: ['A', '', '2024-01-01'] }],
    };
    const outcome = readAssignments('f.csv', table, {
      rep: 'rep',
      group: 'team',
      start: 'from',
      end: null,
    });
    expect(outcome).toEqual({ ok: false, errors: ['f.csv: row 2, column "team": empty group'] });
  });
});
