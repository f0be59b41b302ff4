import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataReport } from '../../../src/cli/dataReport';
import { dataInProcess, importFixture } from './cliInProcess';

/** The fixture's quota per calendar quarter, summed here: a month-end date stands for the next. */
function quarterTotals(file: string): Record<string, number> {
  const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
  const totals: Record<string, number> = {};
  for (const line of readFileSync(file, 'utf8').trim().split('\n').slice(1)) {
    const [, when, quota] = line.split(',');
    const [month, day, year] = when.trim().split(/\s+/);
    const date = new Date(Date.UTC(Number(year), months.indexOf(month), Number(day) + 4));
    const label = `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
    totals[label] = (totals[label] ?? 0) + Number(quota);
  }
  return totals;
}

describe('npm run data on a quarterly file', () => {
  it('runData totals a quota history by quarter when no --period is given, and says so', async () => {
    const file = importFixture('grain-quarterly.csv');
    const { code, stdout, stderr } = await dataInProcess([file, '--sales', 'quota', '--json']);

    expect([code, stderr]).toEqual([0, '']);
    const report = JSON.parse(stdout) as DataReport;
    expect(report.period).toEqual({ unit: 'quarter', detected: true });
    expect(report.periods).toEqual([
      '2011-Q2',
      '2011-Q3',
      '2011-Q4',
      '2012-Q1',
      '2012-Q2',
      '2012-Q3',
    ]);
    expect(report.totalSales).toEqual(quarterTotals(file));

    const text = await dataInProcess([file, '--sales', 'quota']);
    expect(text.stdout).toMatch(
      /^periods totalled below: 6 \(quarters, chosen from the dates.*--period month/m,
    );
  });

  it('runData keeps months for a quarterly file when --period month is given', async () => {
    const { stdout } = await dataInProcess([
      importFixture('grain-quarterly.csv'),
      '--sales',
      'quota',
      '--json',
    ]);
    const months = await dataInProcess([
      importFixture('grain-quarterly.csv'),
      ...['--sales', 'quota', '--period', 'month', '--json'],
    ]);

    const report = JSON.parse(months.stdout) as DataReport;
    expect(report.period).toEqual({ unit: 'month', detected: false });
    expect(report.periods[0]).toBe('2011-06');
    // The same quotas, counted by month: the grand total does not change.
    const sum = (r: DataReport) => Object.values(r.totalSales).reduce((a, b) => a + b, 0);
    expect(sum(report)).toBe(sum(JSON.parse(stdout) as DataReport));
  });

  it('runData keeps months for a monthly file with empty months', async () => {
    const { stdout } = await dataInProcess([importFixture('grain-monthly-gaps.csv'), '--json']);

    const report = JSON.parse(stdout) as DataReport;
    expect(report.period).toEqual({ unit: 'month', detected: true });
    expect(report.periods[0]).toBe('2023-01');
  });
});

describe('npm run data on a history of a few weeks of days', () => {
  it('runData says the app fits it by day, where its table totals the calendar month', async () => {
    const days = 20;
    const lines = ['rep,date,sales'];
    for (const rep of ['Ana', 'Bo']) {
      for (let d = 1; d <= days; d++)
        lines.push(`${rep},2024-03-${String(d).padStart(2, '0')},${100 + d}`);
    }
    const file = join(mkdtempSync(join(tmpdir(), 'il-data-')), 'days.csv');
    writeFileSync(file, lines.join('\n'));

    const { code, stdout } = await dataInProcess([file, '--json']);
    const report = JSON.parse(stdout) as DataReport;

    expect(code).toBe(0);
    expect(report.periods).toEqual(['2024-03']);
    expect(report.fit).toEqual({
      grain: 'day',
      periods: days,
      first: '2024-03-01',
      last: '2024-03-20',
    });
    expect(report.warnings).toContain(
      `The history spans ${days} days, so it is fitted by day with no trend and no seasonality.`,
    );
    const text = await dataInProcess([file]);
    expect(text.stdout).toContain(
      `fitted by day: ${days} periods (2024-03-01 to 2024-03-20), as the app and simulate fit it`,
    );
  });
});
