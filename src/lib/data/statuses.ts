import { MAX_STATUSES } from './constants';

/** A status value seen in the data, how often, and whether its rows count as sales. */
export interface StatusCount {
  value: string;
  count: number;
  counted: boolean;
}

// Statuses whose rows are not sales: failed or cancelled deliveries, refunds, returns. The
// condiment letter (domain.md §4) counts only confirmed shipments; the user can change the list.
const notSales = /fail|cancel|refund|return|void|reject|declin|失败|取消|退款|退货|作废|拒收|关闭/i;

/** The default answer to "do rows with this status count as sales?". */
export function countsAsSale(status: string): boolean {
  return !notSales.test(status);
}

/** The statuses that count by default, from the distinct values found. */
export function defaultCountedStatuses(values: string[]): string[] {
  return values.filter(countsAsSale);
}

/** Counts each value of one column, most frequent first; none when it has too many values. */
export function countValues(records: Iterable<string[]>, column: number): StatusCount[] {
  const counts = new Map<string, number>();
  for (const record of records) {
    const value = (record[column] ?? '').trim();
    counts.set(value, (counts.get(value) ?? 0) + 1);
    if (counts.size > MAX_STATUSES) return [];
  }

  return [...counts]
    .map(([value, count]) => ({ value, count, counted: countsAsSale(value) }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
