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

/** The header of a sales file's own group column, kept for the groups' description. */
export const GROUP_COLUMN = 'il_group_column';

/** Forgets the groups, from a file's own column or an assignment file. */
export const dropGroupsSql = [REP_GROUPS, GROUP_COLUMN].map((t) => `DROP TABLE IF EXISTS ${t}`);

/** 1 when the table exists, else 0, as `n`. */
export function hasTableSql(table: string): string {
  return `SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = '${table}'`;
}

export const hasRepGroupsSql = hasTableSql(REP_GROUPS);

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

/**
 * Groups from a sales file's own column `c<index>` of il_raw: each rep and day gets the group
 * on its rows, or, where one day's rows name several, the one with the most sales (ties to the
 * last in text order). A row with an empty group is unassigned.
 */
export function rowGroupsSql(index: number, header: string): string[] {
  return [
    `CREATE OR REPLACE TABLE ${REP_GROUPS} AS
SELECT rep, day, grp FROM (
  SELECT rep, day, grp, row_number() OVER (
    PARTITION BY rep, day ORDER BY total DESC, grp DESC NULLS LAST) AS rank
  FROM (
    SELECT r.rep, strftime(r.period, '%Y-%m-%d') AS day, nullif(trim(w.c${index}), '') AS grp,
      sum(coalesce(r.amount, 0)) AS total
    FROM il_rows r JOIN il_raw w USING (row_no)
    WHERE r.rep IS NOT NULL AND r.period IS NOT NULL
    GROUP BY ALL))
WHERE rank = 1`,
    `CREATE OR REPLACE TABLE ${GROUP_COLUMN} AS SELECT ${sqlText(header)} AS header`,
  ];
}

/** Each rep's runs of days in one group (a change of group starts a run), in order. */
export const groupRunsSql = `SELECT rep, grp, min(day) AS start FROM (
  SELECT rep, day, grp, sum(CASE WHEN grp IS DISTINCT FROM prev THEN 1 ELSE 0 END)
    OVER (PARTITION BY rep ORDER BY day) AS run
  FROM (SELECT rep, day, grp, lag(grp) OVER (PARTITION BY rep ORDER BY day) AS prev
    FROM ${REP_GROUPS} WHERE grp IS NOT NULL))
GROUP BY rep, grp, run ORDER BY rep, start`;

export const groupColumnSql = `SELECT header FROM ${GROUP_COLUMN}`;

/** Rep-periods with a row of no group, and the reps concerned. */
export function unassignedSql(calendar: Calendar): string {
  return `SELECT DISTINCT rep, ${periodLabelSql(calendar, 'period')} AS label
FROM (${salesWithGroupSql}) WHERE grp IS NULL ORDER BY rep`;
}

function sqlText(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
