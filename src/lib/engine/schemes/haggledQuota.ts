/**
 * The pharmaceutical letter's pay (domain.md §3): the performance part of pay is cut in
 * proportion below the quota, pay·min(1, Y/Q), and 0.5% of the excess is paid above it.
 */

/** Pay for sales y against quota q; a quota of 0 (or less) counts as met. Allocation-free. */
export function haggledQuotaPay(
  fixedPay: number,
  excessRate: number,
  quota: number,
  y: number,
): number {
  const attainment = quota > 0 ? Math.min(1, y / quota) : 1;
  return fixedPay * attainment + excessRate * Math.max(0, y - quota);
}
