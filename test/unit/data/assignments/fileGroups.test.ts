import { beforeAll, describe, expect, it } from 'vitest';
import { fileGroups } from '../../../../src/lib/data/assignments/fileGroups';
import { readAssignmentFile } from '../../../../src/lib/data/assignments/assignmentFile';
import { joinAssignments } from '../../../../src/lib/data/assignments/joinAssignments';
import { cleanedTable } from '../../../../src/lib/data/cleanedTable';
import type { Db } from '../../../../src/lib/data/db';
import { openNodeDb } from '../../../../src/lib/data/nodeDb';
import { fixtureBytes, importFixture } from '../import/fixtures';

const MONTHS = { unit: 'month', fiscalStart: 1 } as const;
const FILE = 'sales_with_region.csv';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
});

// By hand from the fixture: 李四 sold 80 in 华北 and 30 in 华南 on 2024-02-01, so that day is
// 华北's with both rows (110); 王五's row has no region.
describe('fileGroups', () => {
  it('gives each rep-day the group of its rows, on a mixed day the one sold most', async () => {
    const outcome = await importFixture(db, FILE);
    expect(outcome.ok && outcome.summary.groupColumn).toBe('区域');

    const groups = await fileGroups(db, FILE, MONTHS);
    expect(groups?.totals.map((t) => [t.period, t.group, t.sales])).toEqual([
      ['2024-01', '华东', 100],
      ['2024-01', '华南', 200],
      ['2024-02', '华东', 150],
      ['2024-02', '华北', 110],
      ['2024-02', null, 40],
    ]);
    expect(groups?.overview.reps[1]).toEqual({
      rep: '李四',
      current: '华北',
      since: '2024-02-01',
      until: null,
      moves: [{ from: '华南', to: '华北', on: '2024-02-01' }],
    });
    expect(groups?.unassigned).toBe(1);
  });

  it('puts the group in the cleaned table', async () => {
    await importFixture(db, FILE);
    const rows = (await cleanedTable(db)).rows.filter((r) => r[0] === '李四' || r[0] === '王五');
    expect(rows.map((r) => [r[0], r[1], r[4]])).toEqual([
      ['李四', '2024-01-01', '华南'],
      ['李四', '2024-02-01', '华北'],
      ['李四', '2024-02-01', '华北'],
      ['王五', '2024-02-01', null],
    ]);
  });

  it('gives way to an assignment file joined later; null for a file without a group', async () => {
    await importFixture(db, FILE);
    const read = await readAssignmentFile('zh.csv', fixtureBytes('assign_zh.csv'));
    if (read.ok !== true) throw new Error('assign_zh.csv did not read');
    const spans = read.assignments.spans.map((s) => ({
      ...s,
      rep: s.rep === '007' ? '张三' : s.rep,
    }));
    await joinAssignments(db, { ...read.assignments, spans }, MONTHS);
    expect(await fileGroups(db, FILE, MONTHS)).toBeNull();

    await importFixture(db, 'assign_sales.csv');
    expect(await fileGroups(db, 'assign_sales.csv', MONTHS)).toBeNull();
  });
});
