import { periodLabelSql, type Calendar } from '../sql/periodTotalsSql';

/** The group of each row of `sales` (by rep and day), made by joinAssignments. */
export const REP_GROUPS = 'il_rep_groups';

/** The CSV of rep, day and group that joinAssignments registers for DuckDB to read. */
export const REP_GROUPS_FILE = 'il_rep_groups.csv';

const MONTHS: Record<Calendar['unit'], number> = { month: 1, quarter: 3, year: 12 };

/**
 * Each rep and day of `sales` with the period it falls in: its label (as periodTotalsSql names
 * it) and its first and last day as day numbers since 1970-01-01.
 */
export function repPeriodsSql(calendar: Calendar): string {
  const shift = calendar.fiscalStart - 1;
  const shifted = `period - INTERVAL ${shift} MONTH`;
  const first = `(date_trunc('${calendar.unit}', ${shifted}) + INTERVAL ${shift} MONTH)::DATE`;
  const next = `(${first} + INTERVAL ${MONTHS[calendar.unit]} MONTH)::DATE`;
  return `SELECT rep, day, label, datediff('day', DATE '1970-01-01', first) AS "from",
  datediff('day', DATE '1970-01-01', next) - 1 AS "to"
FROM (SELECT DISTINCT rep, strftime(period, '%Y-%m-%d') AS day,
  ${periodLabelSql(calendar, 'period')} AS label, ${first} AS first, ${next} AS next FROM sales)
ORDER BY rep, day`;
}

/** The table of groups from the registered CSV; an empty group is no group (unassigned). */
export const repGroupsTableSql = `CREATE OR REPLACE TABLE ${REP_GROUPS} AS
SELECT rep, day, nullif(grp, '') AS grp
FROM read_csv('${REP_GROUPS_FILE}', header = true, quote = '"', delim = ',',
  columns = {'rep': 'VARCHAR', 'day': 'VARCHAR', 'grp': 'VARCHAR'})`;

export const dropRepGroupsSql = `DROP TABLE IF EXISTS ${REP_GROUPS}`;

export const hasRepGroupsSql = `SELECT count(*)::INTEGER AS n FROM duckdb_tables()
WHERE table_name = '${REP_GROUPS}'`;

/** `sales` with each row's group (null: unassigned). */
export const salesWithGroupSql = `SELECT s.*, g.grp FROM sales s LEFT JOIN ${REP_GROUPS} g
  ON g.rep = s.rep AND g.day = strftime(s.period, '%Y-%m-%d')`;

/** Sales, target and reps per period and group; unassigned rows last in each period. */
export function groupTotalsSql(calendar: Calendar): string {
  return `SELECT ${periodLabelSql(calendar, 'period')} AS period, grp AS "group",
  sum(sales) AS sales, sum(target) AS target, count(DISTINCT rep)::INTEGER AS reps
FROM (${salesWithGroupSql})
GROUP BY 1, 2
ORDER BY min(period), try_cast(grp AS INTEGER) NULLS LAST, grp NULLS LAST`;
}
