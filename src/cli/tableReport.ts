import type { Estimate, RunSummary } from '../lib/engine/types';
import { textTable } from './textTable';

// Five significant digits, but never rounding away whole units: 4.2074, 0.0016, 1,234,568.
const amountFormat = new Intl.NumberFormat('en-US', {
  maximumSignificantDigits: 5,
  maximumFractionDigits: 0,
  roundingPriority: 'morePrecision',
});
const amount = (value: number) => amountFormat.format(value);
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const share = (value: number) => `${(value * 100).toFixed(2)}%`;
const signed = (text: string) => (text.startsWith('-') ? text : `+${text}`);
const withSe = (value: Estimate, format: (value: number) => string) =>
  `${format(value.mean)} ± ${amount(value.se)}`;

/** The readable output: one row per scheme, then the paired differences against the baseline. */
export function tableReport(summary: RunSummary, title: string): string {
  const heading =
    `${title}\nseed ${summary.seed} · ${count(summary.trials, 'trial')} · ` +
    `${count(summary.reps, 'rep')} × ${count(summary.periods, 'period')}`;

  const schemes = textTable([
    [
      'scheme',
      'payout (mean ± se)',
      'P5',
      'P50',
      'P95',
      'sales',
      'pay/sales',
      'MAPE',
      'bias',
      'hit',
    ],
    ...summary.schemes.map((scheme) => [
      scheme.id,
      withSe(scheme.payout, amount),
      amount(scheme.payout.p5),
      amount(scheme.payout.p50),
      amount(scheme.payout.p95),
      amount(scheme.sales.mean),
      share(scheme.payoutShareOfSales.mean),
      share(scheme.targetMape.mean),
      signed(share(scheme.targetBias.mean)),
      share(scheme.hitRate.mean),
    ]),
  ]);

  if (summary.differences.length === 0) return `${heading}\n\n${schemes}`;
  const differences = textTable([
    ['difference (same draws)', 'payout', 'sales', 'pay/sales', 'MAPE', 'hit'],
    ...summary.differences.map((diff) => [
      `${diff.id} − ${diff.baseline}`,
      withSe(diff.payout, (value) => signed(amount(value))),
      withSe(diff.sales, (value) => signed(amount(value))),
      signed(share(diff.payoutShareOfSales.mean)),
      signed(share(diff.targetMape.mean)),
      signed(share(diff.hitRate.mean)),
    ]),
  ]);
  return `${heading}\n\n${schemes}\n\n${differences}`;
}
