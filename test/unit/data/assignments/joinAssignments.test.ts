import { inEnglish } from '../inEnglish';
import { noteText } from '$lib/data/dataNote';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAssignmentFile } from '../../../../src/lib/data/assignments/assignmentFile';
import { joinAssignments } from '../../../../src/lib/data/assignments/joinAssignments';
import type { Assignments } from '../../../../src/lib/data/assignments/readAssignments';
import { cleanedTable } from '../../../../src/lib/data/cleanedTable';
import type { Db } from '../../../../src/lib/data/db';
import { openNodeDb } from '../../../../src/lib/data/nodeDb';
import { fixtureBytes, importFixture } from '../import/fixtures';

const MONTHS = { unit: 'month', fiscalStart: 1 } as const;
const QUARTERS = { unit: 'quarter', fiscalStart: 1 } as const;

let db: Db;
let territories: Assignments;

async function assignments(name: string): Promise<Assignments> {
  const outcome = await readAssignmentFile(name, fixtureBytes(name));
  if (outcome.ok !== true) throw new Error(`${name} did not read`);
  return outcome.assignments;
}

const rows = (
  totals: { period: string; group: string | null; sales: number; target: number | null }[],
) => totals.map((t) => [t.period, t.group, t.sales, t.target]);

beforeAll(async () => {
  db = await openNodeDb();
  territories = await assignments('assign_territories.csv');
});

// Expected figures are worked out by hand from the two fixtures: A moves North → South on
// 11 February (North 41 days of Q1, South 50; in February North 10 days, South 19), B moves at
// the start of April, C has a gap in February and March, D has no assignment, E's April is
// split 15 days to 15 (the tie goes to South, the later one).
describe('joinAssignments', () => {
  it('gives each rep-month the group held on most days and totals each group', async () => {
    await importFixture(db, 'assign_sales.csv');
    const outcome = await joinAssignments(db, territories, MONTHS);
    expect(outcome.ok && rows(outcome.join.totals)).toEqual([
      ['2024-01', 'North', 300, 270],
      ['2024-01', 'West', 50, null],
      ['2024-01', null, 10, 10],
      ['2024-02', 'North', 210, 200],
      ['2024-02', 'South', 110, 100],
      ['2024-02', null, 60, null],
      ['2024-03', 'North', 220, 200],
      ['2024-03', 'South', 120, 100],
      ['2024-03', null, 70, null],
      ['2024-04', 'East', 230, 210],
      ['2024-04', 'South', 170, 145],
      ['2024-04', 'West', 80, null],
    ]);
    expect(outcome.ok && outcome.join.unassigned).toBe(3);
    expect(outcome.ok && outcome.join.warnings.map(noteText)).toEqual([
      'assign_territories.csv: 3 rep-periods have no assignment and show as unassigned ' +
        '(reps "C", "D")',
    ]);
  });

  it('decides by quarter when the calendar is quarters', async () => {
    await importFixture(db, 'assign_sales.csv');
    const outcome = await joinAssignments(db, territories, QUARTERS);
    expect(outcome.ok && rows(outcome.join.totals)).toEqual([
      ['2024-Q1', 'North', 630, 580],
      ['2024-Q1', 'South', 330, 290],
      ['2024-Q1', 'West', 180, null],
      ['2024-Q1', null, 10, 10],
      ['2024-Q2', 'East', 230, 210],
      ['2024-Q2', 'South', 170, 145],
      ['2024-Q2', 'West', 80, null],
    ]);
  });

  it('describes each rep: the current group and the moves', async () => {
    await importFixture(db, 'assign_sales.csv');
    const outcome = await joinAssignments(db, territories, MONTHS);
    expect(outcome.ok && outcome.join.overview.reps[0]).toEqual({
      rep: 'A',
      current: 'South',
      since: '2024-02-11',
      until: null,
      moves: [{ from: 'North', to: 'South', on: '2024-02-11' }],
    });
    expect(outcome.ok && [outcome.join.overview.moves, outcome.join.overview.open]).toEqual([3, 4]);
  });

  it('adds the group to the cleaned table, and a new import drops it', async () => {
    await importFixture(db, 'assign_sales.csv');
    await joinAssignments(db, territories, MONTHS);
    const table = await cleanedTable(db);
    expect(table.header).toEqual(['rep', 'period', 'sales', 'target', 'group']);
    expect(table.rows.slice(0, 2)).toEqual([
      ['A', '2024-01-01', 100, 90, 'North'],
      ['A', '2024-02-01', 110, 100, 'South'],
    ]);

    await importFixture(db, 'assign_sales.csv');
    expect((await cleanedTable(db)).header).toEqual(['rep', 'period', 'sales', 'target']);
  });

  it('fails without touching the groups when no rep of the file is in the data', async () => {
    await importFixture(db, 'assign_sales.csv');
    await joinAssignments(db, territories, MONTHS);
    const outcome = await joinAssignments(db, await assignments('assign_zh.csv'), MONTHS);
    expect(inEnglish(outcome)).toEqual({
      ok: false,
      errors: [
        'assign_zh.csv: none of its 2 reps is in the loaded data ("007", "012"); check that both ' +
          'files name reps the same way (ids or names); the loaded data is unchanged',
      ],
    });
    expect((await cleanedTable(db)).rows[0]).toEqual(['A', '2024-01-01', 100, 90, 'North']);
  });

  it('points out reps that match the data only when case and spaces are ignored', async () => {
    await importFixture(db, 'assign_sales.csv');
    const shouting = {
      ...territories,
      spans: territories.spans.map((s) => (s.rep === 'B' ? { ...s, rep: ' b ' } : s)),
    };
    const outcome = await joinAssignments(db, shouting, MONTHS);
    expect(inEnglish(outcome.ok && outcome.join.warnings.at(-1))).toBe(
      'assign_territories.csv: 1 of its reps matches a rep of the data only when case and ' +
        'spaces are ignored (" b " and "B"); write the names the same way in both files',
    );
  });
});
