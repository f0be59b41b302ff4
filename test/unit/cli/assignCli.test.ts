import * as XLSX from '@e965/xlsx';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args';
import type { DataReport } from '../../../src/cli/dataReport';
import { dataInProcess, importFixture } from './cliInProcess';

// The fixtures' figures are worked out by hand in test/unit/data/assignments/joinAssignments.
describe('npm run data with assignment files', () => {
  it('runData describes an assignment file given alone and exits 0', async () => {
    const file = importFixture('assign_territories.csv');
    const { code, stdout, stderr } = await dataInProcess([file]);

    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('spans: 8, reps: 4, groups: 4, moves: 3, open spans (no end date): 4');
    expect(stdout).toContain('rep A: South (since 2024-02-11); moved North -> South on 2024-02-11');
    expect(stdout).toContain(`npm run data -- SALES.csv --assign ${file}`);
  });

  it('runData --assign --json adds an assignments field: totals per period and group', async () => {
    const { code, stdout } = await dataInProcess([
      importFixture('assign_sales.csv'),
      '--assign',
      importFixture('assign_territories.csv'),
      '--period',
      'quarter',
      '--json',
    ]);

    expect(code).toBe(0);
    const report = JSON.parse(stdout) as DataReport;
    expect(report.assignments?.totals).toEqual([
      { period: '2024-Q1', group: 'North', sales: 630, target: 580, reps: 1 },
      { period: '2024-Q1', group: 'South', sales: 330, target: 290, reps: 1 },
      { period: '2024-Q1', group: 'West', sales: 180, target: null, reps: 1 },
      { period: '2024-Q1', group: null, sales: 10, target: 10, reps: 1 },
      { period: '2024-Q2', group: 'East', sales: 230, target: 210, reps: 1 },
      { period: '2024-Q2', group: 'South', sales: 170, target: 145, reps: 2 },
      { period: '2024-Q2', group: 'West', sales: 80, target: null, reps: 1 },
    ]);
    expect(report.assignments).toMatchObject({ groups: ['East', 'North', 'South', 'West'] });
    expect(report.totalSales).toEqual({ '2024-Q1': 1150, '2024-Q2': 480 });
  });

  it('runData --assign prints the usual report, then the groups, as text', async () => {
    const { code, stdout } = await dataInProcess([
      importFixture('assign_sales.csv'),
      '--assign',
      importFixture('assign_territories.csv'),
    ]);

    expect(code).toBe(0);
    expect(stdout.indexOf('rows read: 14')).toBeLessThan(stdout.indexOf('assignments:'));
    expect(stdout).toMatch(/2024-02 +unassigned +1 +60\.00 +-/);
  });

  it('runData --assign exits 2, one line, when no rep is shared or it is not one', async () => {
    const zh = importFixture('assign_zh.csv');
    const none = await dataInProcess([importFixture('assign_sales.csv'), '--assign', zh]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^.*assign_zh\.csv: none of its 2 reps is in the loaded data/);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    expect(none.stdout).not.toContain('none of its');

    const sales = importFixture('sales_with_region.csv');
    const wrong = await dataInProcess([importFixture('assign_sales.csv'), '--assign', sales]);
    expect(wrong.stderr).toBe(
      `${sales}: not an assignment file (headers: "销售员", "区域", "月份", "销售额"); expected ` +
        'a rep, a group (territory, region, team), a start date and no amounts\n',
    );
  });

  it('runData reads a sales file with a region column as sales, grouped by it', async () => {
    const { code, stdout } = await dataInProcess([
      importFixture('sales_with_region.csv'),
      '--json',
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as DataReport;
    expect(report).toMatchObject({ rows: 6, totalSales: { '2024-01': 300, '2024-02': 300 } });
    expect(report.assignments).toMatchObject({ column: '区域', mapping: null, unassigned: 1 });
  });

  it('parseArgs of npm run simulate says why it takes no --assign', () => {
    expect(parseArgs(['--scenario', 's.json', '--assign', 'a.csv'])).toEqual({
      ok: false,
      errors: [
        expect.stringMatching(/^--assign is not used by the simulation .* --assign ASSIGN$/),
      ],
    });
  });

  it('runData --assign finds a workbook’s assignment sheet below notes and titles', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['说明'], ['见下一页']]), 'Notes');
    const rows = [['区域分配表'], [], ['业务员', '区域', '开始日期', '结束日期']];
    rows.push(['A', '北区', '2024-01-01', ''], ['B', '南区', '2024-01-01', '']);
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '分配');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'assign-')), 'assign.xlsx');
    writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));

    const joined = await dataInProcess([
      importFixture('assign_sales.csv'),
      '--assign',
      file,
      '--json',
    ]);
    expect(joined.code).toBe(0);
    expect((JSON.parse(joined.stdout) as DataReport).assignments?.groups).toEqual(['北区', '南区']);

    const alone = await dataInProcess([file, '--sheet', '分配']);
    expect([alone.code, alone.stderr]).toEqual([0, '']);
    expect(alone.stdout).toContain('spans: 2, reps: 2, groups: 2');
    const notes = await dataInProcess([
      importFixture('assign_sales.csv'),
      '--assign',
      file,
      '--assign-sheet',
      'Notes',
    ]);
    expect(notes.stderr).toContain(`${file}: not an assignment file (headers: "`);
  });

  it('runData names an assignment file it cannot read and why, and exits 2', async () => {
    const sales = importFixture('assign_sales.csv');
    const missing = await dataInProcess([sales, '--assign', '/no/such/groups.csv']);
    expect([missing.code, missing.stderr]).toEqual([
      2,
      '/no/such/groups.csv: cannot read the assignments (no such file)\n',
    ]);
    const folder = tmpdir();
    const inFolder = await dataInProcess([sales, '--assign', folder]);
    expect([inFolder.code, inFolder.stderr]).toEqual([
      2,
      `${folder}: cannot read the assignments (a folder)\n`,
    ]);
  });
});
