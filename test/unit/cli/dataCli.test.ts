import { describe, expect, it } from 'vitest';
import type { DataReport } from '../../../src/cli/dataReport';
import { dataInProcess, importFixture } from './cliInProcess';

describe('npm run data', () => {
  it('runData --json prints one object: mapping, rows, reps and totals per period', async () => {
    const file = importFixture('units_in_header.csv');
    const { code, stdout, stderr } = await dataInProcess([file, '--json']);

    expect([code, stderr]).toEqual([0, '']);
    const report = JSON.parse(stdout) as DataReport;
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining([
        'rows',
        'skipped',
        'reps',
        'periods',
        'mapping',
        'totalSales',
        'totalTarget',
        'warnings',
        'errors',
      ]),
    );
    expect(report).toMatchObject({
      rows: 2,
      skipped: [],
      reps: ['张三', '李四'],
      periods: ['2024-01'],
      mapping: { rep: '姓名', date: '月份', sales: '销售额（万元）', target: '目标（万元）' },
      totalSales: { '2024-01': 17500 },
      totalTarget: { '2024-01': 20000 },
      errors: [],
    });
  });

  it('runData follows --sales, --skip-bad-rows and --period quarter', async () => {
    const { code, stdout } = await dataInProcess([
      importFixture('irregular_quotas.csv'),
      '--sales',
      'quota',
      '--period',
      'quarter',
      '--json',
    ]);

    expect(code).toBe(0);
    const report = JSON.parse(stdout) as DataReport;
    expect(report.periods).toEqual(['2011-Q2', '2011-Q3', '2011-Q4', '2012-Q1']);
    expect(report.totalSales['2012-Q1']).toBe(140000 + 50000);

    const skipped = JSON.parse(
      (await dataInProcess([importFixture('empty_sales.csv'), '--skip-bad-rows', '--json'])).stdout,
    );
    expect(skipped.skipped).toEqual([
      { row: 3, column: 'sales', value: '', reason: 'empty sales' },
    ]);
  });

  it('runData prints text with the skipped rows and every warning', async () => {
    const { code, stdout } = await dataInProcess([importFixture('ids_totals_duplicates.csv')]);

    expect(code).toBe(0);
    expect(stdout).toContain('columns: rep = "工号", date = "日期", sales = "交易额"');
    expect(stdout).toContain('skipped row 6, column "工号", value "合计": total row');
    expect(stdout).toContain('2024-01');
    expect(stdout).toContain(
      `warning: ${importFixture('ids_totals_duplicates.csv')}: rows 4, 5 are exact`,
    );
  });

  it('runData exits 2, one line per problem naming file, row and column, no stack', async () => {
    const file = importFixture('empty_sales.csv');
    const { code, stderr, stdout } = await dataInProcess([file, '--json']);

    expect(code).toBe(2);
    expect(stderr.trim().split('\n')[0]).toBe(`${file}: row 3, column "sales": empty sales`);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(stdout).errors).toHaveLength(2);

    const missing = await dataInProcess(['/no/such/file.csv']);
    expect([missing.code, missing.stderr]).toEqual([
      2,
      '/no/such/file.csv: cannot read the data (no such file)\n',
    ]);
  });

  it('runData prints no report before the error lines of a file it cannot import', async () => {
    const file = importFixture('empty_sales.csv');
    const { code, stderr, stdout } = await dataInProcess([file]);

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')[0]).toBe(`${file}: row 3, column "sales": empty sales`);
    expect((await dataInProcess(['/no/such/file.csv'])).stdout).toBe('');
  });

  it('runData takes no target from the column --sales names, as the app’s mapping does', async () => {
    // Detection reads a quota column as the target; chosen as the sales, it is the sales only.
    const { code, stdout } = await dataInProcess([
      importFixture('irregular_quotas.csv'),
      '--sales',
      'quota',
      '--json',
    ]);

    expect(code).toBe(0);
    const report = JSON.parse(stdout) as DataReport;
    expect(report.mapping).toMatchObject({ sales: 'quota', target: null });
    expect(Object.values(report.totalTarget ?? {}).every((v) => v === null)).toBe(true);
    expect(report.warnings.join('\n')).not.toMatch(/targets recorded in the file/);
  });

  it('runData refuses one column named for two roles, naming both options', async () => {
    const file = importFixture('irregular_quotas.csv');
    const { code, stderr } = await dataInProcess([file, '--sales', 'quota', '--target', 'quota']);

    expect(code).toBe(2);
    expect(stderr).toContain('--sales and --target both name "quota"');
  });

  it('runData refuses bad options with the option named', async () => {
    const { code, stderr } = await dataInProcess([
      'a.csv',
      '--date-order',
      'ymd',
      '--period',
      'week',
    ]);

    expect(code).toBe(2);
    expect(stderr).toContain('--date-order must be dmy or mdy, got "ymd"');
    expect(stderr).toContain('--period must be month, quarter or year, got "week"');
  });

  it('runData refuses a --sheet for a text file, which has no sheets, naming the file', async () => {
    const file = importFixture('amounts.csv');
    const { code, stdout, stderr } = await dataInProcess([file, '--sheet', 'Sales']);

    expect([code, stdout]).toEqual([2, '']);
    expect(stderr.split('\n')[0]).toBe(
      `${file}: --sheet "Sales" is for a workbook (.xlsx, .xls); this file is text (CSV), which ` +
        'has no sheets',
    );
  });
});
