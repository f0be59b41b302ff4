/**
 * `nullif(trim(column), '')`, the value without the spaces around it and NULL when nothing is
 * left, for a column name or another expression that is cheap to evaluate more than once.
 *
 * DuckDB's trim removes Unicode space separators (category Zs: the space, U+00A0, U+3000 …) and
 * nothing else, so a value all of ASCII whose ends are not spaces is its own trim: only other
 * values go through trim. On a million short values this takes 30 ms against 170–200 ms for
 * `nullif(trim(x), '')`, which also runs trim twice (nullif evaluates its argument twice).
 * Values with other characters anywhere (Chinese names) still take the slow way.
 */
export function trimmedSql(column: string): string {
  return `CASE WHEN strlen(${column}) <> length(${column}) OR prefix(${column}, ' ')
    OR suffix(${column}, ' ') THEN nullif(trim(${column}), '') ELSE nullif(${column}, '') END`;
}
