/** A SQL string literal; DuckDB strings take no backslash escapes, only a doubled quote. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A SQL list of string literals, `('a', 'b')`; an empty list matches nothing. */
export function sqlStringList(values: string[]): string {
  return values.length === 0 ? '(NULL)' : `(${values.map(sqlString).join(', ')})`;
}
