import { inEnglish } from '../inEnglish';
import * as XLSX from '@e965/xlsx';
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
    expect(inEnglish(await read('assign_overlap.csv'))).toEqual({
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

  it('reads a workbook sheet with Excel serial dates, in the 1900 and 1904 systems', async () => {
    // 2024-01-01 and 2024-06-30 are serials 45292 and 45473 from 1900, 1462 fewer from 1904.
    for (const date1904 of [false, true]) {
      const shift = date1904 ? 1462 : 0;
      const day = (serial: number) => ({ t: 'n', v: serial - shift, z: 'yyyy-mm-dd' });
      const book = XLSX.utils.book_new();
      book.Workbook = { WBProps: { date1904 } };
      const rows = [
        ['销售员', '片区', '开始日期', '结束日期'],
        ['王五', '东区', day(45292), day(45473)],
      ];
      XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['x']]), 'Notes');
      XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '分配');
      const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }));

      const outcome = await readAssignmentFile('a.xlsx', bytes, { sheet: '分配' });
      expect(outcome.ok === true && shown(outcome.assignments.spans)).toEqual([
        ['王五', '东区', '2024-01-01', '2024-06-30'],
      ]);
    }
  });

  it('finds the header below title rows, in a text file and on a chosen sheet', async () => {
    const text = '区域分配表 2011-2014\n\n业务员,区域,开始日期,结束日期\n王五,东区,2011-05-31,\n';
    const csv = await readAssignmentFile('t.csv', new TextEncoder().encode(text));
    expect(csv.ok === true && shown(csv.assignments.spans)).toEqual([
      ['王五', '东区', '2011-05-31', null],
    ]);

    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['说明']]), 'Notes');
    const rows = [
      ['区域分配表'],
      [],
      ['业务员', '区域', '开始日期', '结束日期'],
      ['王五', '东区', 40694],
    ];
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '分配');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }));
    const sheet = await readAssignmentFile('a.xlsx', bytes, { sheet: '分配' });
    expect(sheet.ok === true && shown(sheet.assignments.spans)).toEqual([
      ['王五', '东区', '2011-05-31', null],
    ]);
  });

  it('reads numbers-only dates in the order chosen when the column cannot decide', async () => {
    const text = 'rep,team,start,end\nA,T1,03/04/2011,05/06/2012\n';
    const bytes = new TextEncoder().encode(text);
    expect(await readAssignmentFile('f.csv', bytes)).toMatchObject({ ok: false });
    const outcome = await readAssignmentFile('f.csv', bytes, { dateOrder: 'dmy' });
    expect(outcome.ok === true && shown(outcome.assignments.spans)).toEqual([
      ['A', 'T1', '2011-04-03', '2012-06-05'],
    ]);
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

  it('says a file with a header and no rows holds no assignments', () => {
    const table = { headers: ['rep', 'team', 'from'], rows: [] };
    const mapping = { rep: 'rep', group: 'team', start: 'from', end: null };
    expect(inEnglish(readAssignments('f.csv', table, mapping))).toEqual({
      ok: false,
      errors: ['f.csv: the file has a header row but no assignments below it'],
    });
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
    expect(inEnglish(outcome)).toEqual({
      ok: false,
      errors: [
        'f.csv: row 2, column "team": empty group; every assignment needs a rep, a group and ' +
          'a start date: fill it in or delete the row',
      ],
    });
  });

  it('calls a repeated row a duplicate, and an overlap with an open span by its fix', () => {
    const headers = ['rep', 'team', 'from', 'to'];
    const rows = [
      ['A', 'T1', '2024-01-01', ''],
      ['A', 'T1', '2024-01-01', ''],
      ['B', 'T1', '2024-01-01', ''],
      ['B', 'T2', '2024-03-01', ''],
    ].map((cells, i) => ({ row: i + 2, cells }));
    const mapping = { rep: 'rep', group: 'team', start: 'from', end: 'to' };
    expect(inEnglish(readAssignments('f.csv', { headers, rows }, mapping))).toEqual({
      ok: false,
      errors: [
        'f.csv: row 3 repeats row 2 (A in T1 from 2024-01-01); delete one of them',
        'f.csv: row 5, column "from": 2024-03-01 is after the start of row 4 (B in T1), which ' +
          'has no end date; a rep is in one group at a time: give row 4 an end date before ' +
          '2024-03-01',
      ],
    });
  });
});
