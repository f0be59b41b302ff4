import type { RunSummary } from '../lib/engine/types';
import { behaviourReport } from './behaviourReport';
import { costTable } from './costTable';
import { deductionTable } from './deductionTable';
import {
  amount,
  compared,
  count,
  differenceWithSe,
  MISSING,
  points,
  share,
  signed,
  withSe,
} from './format';
import { textTable } from './textTable';

export const WITH_BEHAVIOUR =
  'every figure below is of the run with the scenario\'s "behaviour" section, as the ' +
  'Behaviour screen shows it; --no-behaviour gives the figures Compare shows';

/**
 * The readable output: one row per scheme, the paired differences against the baseline, each
 * scheme's cost and counted events, the money its rules take back from pay, and what the reps
 * did when the run had rep behaviour.
 */
export function tableReport(summary: RunSummary, title: string): string {
  // With behaviour every table below is of that run, not of Compare's plain one: say so.
  const heading =
    `${title}\nseed ${summary.seed} · ${count(summary.trials, 'trial')} · ` +
    `${count(summary.reps, 'rep')} × ${count(summary.periods, 'period')}` +
    (summary.behaviour ? `\n${WITH_BEHAVIOUR}` : '');

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
      '±10%',
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
      share((scheme.targetWithin ?? MISSING).mean),
      share(scheme.hitRate.mean),
    ]),
  ]);

  const sections = [heading, schemes];
  if (summary.differences.length > 0) {
    const byId = new Map(summary.schemes.map((s) => [s.id, s]));
    sections.push(
      textTable([
        ['difference (same draws)', 'payout', 'sales', 'pay/sales', 'MAPE', '±10%', 'hit'],
        ...summary.differences.map((diff) => {
          const [a, b] = [byId.get(diff.id), byId.get(diff.baseline)];
          // The size of the figures compared, against which a difference may be mere rounding.
          const scale = (key: 'payout' | 'sales') =>
            Math.max(Math.abs(a?.[key].mean ?? 0), Math.abs(b?.[key].mean ?? 0));
          return [
            `${diff.id} − ${diff.baseline}`,
            differenceWithSe(diff.payout, scale('payout')),
            differenceWithSe(diff.sales, scale('sales')),
            ...(['payoutShareOfSales', 'targetMape', 'targetWithin', 'hitRate'] as const).map(
              (key) => signed(points(compared(diff[key] ?? MISSING, a?.[key], b?.[key]).mean)),
            ),
          ];
        }),
      ]),
    );
  }
  sections.push(costTable(summary.schemes));
  const taken = deductionTable(summary);
  if (taken !== '') sections.push(taken);
  if (summary.behaviour) sections.push(behaviourReport(summary.behaviour));
  return sections.join('\n\n');
}
