/** How periods are counted: calendar months, or quarters or years of a fiscal year. */
export interface Calendar {
  unit: 'month' | 'quarter' | 'year';
  /** Month (1–12) the fiscal year starts in; 1 is the calendar year. */
  fiscalStart: number;
}

export const CALENDAR_MONTHS: Calendar = { unit: 'month', fiscalStart: 1 };

/**
 * The label of the period a date falls in: 2024-03, 2024-Q1 or 2024 on the calendar year;
 * FY2024-Q1 or FY2024 on a fiscal year, named (as is usual) after the year in which it ends.
 */
export function periodLabelSql(calendar: Calendar, date: string): string {
  if (calendar.unit === 'month') return `strftime(${date}, '%Y-%m')`;

  const start = calendar.fiscalStart;
  const shifted = `(${date} - INTERVAL ${start - 1} MONTH)`;
  const year = start === 1 ? `year(${shifted})` : `'FY' || (year(${shifted}) + 1)`;
  if (calendar.unit === 'year') return `CAST(${year} AS VARCHAR)`;
  return `${year} || '-Q' || quarter(${shifted})`;
}

/** Sales and target summed per period of the table `sales`, with the reps active in each. */
export function periodTotalsSql(calendar: Calendar): string {
  return `SELECT ${periodLabelSql(calendar, 'period')} AS period, sum(sales) AS sales,
  sum(target) AS target, count(DISTINCT rep) AS reps, count(*) AS rows
FROM sales GROUP BY 1 ORDER BY min(period)`;
}
