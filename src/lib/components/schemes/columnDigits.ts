/**
 * Decimals for a column of money figures, shared by all its cells so that they line up: enough
 * to give the column's largest figure three significant digits, none from 100 up, and at most
 * two (cents), so a tiny figure beside larger ones may read 0.00.
 */
export function columnDigits(values: Iterable<number>): number {
  let largest = 0;
  for (const v of values) if (Number.isFinite(v)) largest = Math.max(largest, Math.abs(v));
  if (largest >= 100 || largest === 0) return 0;
  return largest >= 10 ? 1 : 2;
}
