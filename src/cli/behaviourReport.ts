import type { BehaviourSummary, SchemeBehaviourSummary } from '../lib/engine/behaviour/types';
import { amount, count, NONE, share, signed, withSe } from './format';
import { textTable } from './textTable';

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const plus = (value: number) => signed(amount(value));

/**
 * What the reps did under each scheme (domain.md §2, §5) and the company's view of it (§6):
 * effort and its lift are the strategic reps' means in the first period, the opening gap is
 * shown only for schemes whose quotas are haggled; amounts are per simulated horizon.
 */
export function behaviourReport(behaviour: BehaviourSummary): string {
  const reps = behaviour.strategicReps + behaviour.naiveReps;
  const heading =
    `rep behaviour: ${behaviour.strategicReps} of ${count(reps, 'rep')} strategic, ` +
    `${behaviour.naiveReps} naive · ${count(behaviour.years, 'year')} × ` +
    `${count(behaviour.periodsPerYear, 'period')}`;
  const strategic = (values: number[]) => mean(values.filter((_, r) => behaviour.strategic[r]));

  const did = textTable([
    [
      'what reps did',
      'effort',
      'sales lift',
      'extra sales (mean ± se)',
      'pulled in',
      'pushed out',
      'gave up',
      'opening gap',
    ],
    ...behaviour.schemes.map((s) => [
      s.id,
      amount(strategic(s.effort)),
      signed(share(strategic(s.lift) - 1)),
      withSe(s.extraSales, plus),
      amount(s.pulled.mean),
      amount(s.pushed.mean),
      share(s.gaveUp.mean),
      haggled(s) ? share(s.openingGap) : NONE,
    ]),
  ]);

  const company = textTable([
    [
      'company view',
      'revenue',
      'payout',
      'cost of sales',
      'planning cost',
      'profit (mean ± se)',
      'rep utility (mean ± se)',
    ],
    ...behaviour.schemes.map((s) => [
      s.id,
      amount(s.sales.mean),
      amount(s.payout.mean),
      share(s.costOfSales.mean),
      amount(s.planningCost.mean),
      withSe(s.profit, amount),
      withSe(s.repUtility, amount),
    ]),
  ]);

  const sections = [heading, did, company];
  if (behaviour.differences.length > 0) {
    sections.push(
      textTable([
        ['behaviour difference (same draws)', 'sales', 'planning cost', 'profit', 'rep utility'],
        ...behaviour.differences.map((d) => [
          `${d.id} − ${d.baseline}`,
          withSe(d.extraSales, plus),
          withSe(d.planningCost, plus),
          withSe(d.profit, plus),
          withSe(d.repUtility, plus),
        ]),
      ]),
    );
  }
  return sections.join('\n\n');
}

/** Stances are NaN for every rep of a scheme without haggling. */
function haggled(s: SchemeBehaviourSummary): boolean {
  return s.stance.some((d) => Number.isFinite(d));
}
