import type { RunSummary } from '../lib/engine/types';
import { amount, differenceWithSe, NONE, withSe } from './format';
import { textTable } from './textTable';

/**
 * Per scheme the money its rules take back from pay per horizon (the letters' fines, the
 * condiment letter's commission still withheld at the end), which the payout is already net
 * of, with the paired difference from the baseline where the baseline takes the same; empty
 * when no scheme takes any.
 */
export function deductionTable(summary: RunSummary): string {
  const rows = summary.schemes.flatMap((scheme) => {
    const difference = summary.differences.find((d) => d.id === scheme.id);
    return (scheme.deductions ?? []).map((deduction, k) => {
      const paired = difference?.deductions?.find((d) => d.id === deduction.id);
      const scale = Math.abs(deduction.amount.mean);
      return [
        k === 0 ? scheme.id : '',
        deduction.label,
        withSe(deduction.amount, amount),
        paired ? differenceWithSe(paired.amount, scale) : NONE,
      ];
    });
  });
  if (rows.length === 0) return '';
  const header = ['taken from pay', 'what', 'per horizon (mean ± se)', 'difference (same draws)'];
  return textTable([header, ...rows], [0, 1]);
}
