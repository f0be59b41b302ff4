import { COLUMN_ROLES, REQUIRED_ROLES, type ColumnMapping } from './columns';

/** An unreadable value: source row, the role of its column, and the text seen. */
export interface BadValue {
  row_no: number;
  role: string;
  value: string;
}

const expected: Record<string, string> = {
  date: 'a date such as 2024-01-31, 2024/1/31 22:55, 2024-01 or May 31 2011 12:00AM',
  sales: 'an amount such as 1234.5, 1,234.50, ¥1,234 or (500)',
  target: 'an amount or an empty cell',
  refund: 'an amount or an empty cell',
};

/** `file: row N, column "H": what is wrong; what was expected`. */
export function badValueMessage(fileName: string, mapping: ColumnMapping, bad: BadValue): string {
  const role = COLUMN_ROLES.find((r) => r === bad.role) ?? 'sales';
  const where = `${fileName}: row ${bad.row_no}, column "${mapping[role]}"`;
  if (bad.value === '') return `${where}: empty ${role}`;
  return `${where}: cannot read "${bad.value}"; expected ${expected[role]}`;
}

/**
 * One message per required role without a column in `headers`. When sales is missing but a
 * target was found (a quota history), the message says how to read the targets as amounts.
 */
export function missingColumnErrors(
  fileName: string,
  mapping: ColumnMapping,
  headers: string[],
): string[] {
  const missing = REQUIRED_ROLES.filter(
    (role) => !mapping[role] || !headers.includes(mapping[role]),
  );
  const seen = headers.map((h) => `"${h}"`).join(', ');

  return missing.map((role) => {
    const message = `${fileName}: no column for ${role} (headers: ${seen})`;
    const target = mapping.target;
    if (role !== 'sales' || target === null || !headers.includes(target)) return message;
    return `${message}; to read "${target}" as the amounts, map sales to it (--sales "${target}")`;
  });
}
