import type { BehaviourSummary } from '../lib/engine/behaviour/types';
import type { Estimate } from '../lib/engine/types';
import { haggles } from '../lib/components/behaviour/haggles';
import { difference, estimate, figure } from './behaviourFigures';
import { compared, count, NONE, share, signed } from './format';
import { textTable } from './textTable';

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

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
      figure(strategic(s.effort)),
      signed(share(strategic(s.lift) - 1)),
      estimate(s.extraSales, true),
      figure(s.pulled.mean),
      figure(s.pushed.mean),
      share(s.gaveUp.mean),
      haggles(s) ? share(s.openingGap) : NONE,
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
      figure(s.sales.mean),
      figure(s.payout.mean),
      share(s.costOfSales.mean),
      figure(s.planningCost.mean),
      estimate(s.profit),
      estimate(s.repUtility),
    ]),
  ]);

  const sections = [heading, did, company];
  if (behaviour.differences.length > 0) {
    const byId = new Map(behaviour.schemes.map((s) => [s.id, s]));
    sections.push(
      textTable([
        ['behaviour difference (same draws)', 'sales', 'planning cost', 'profit', 'rep utility'],
        ...behaviour.differences.map((d) => {
          const [a, b] = [byId.get(d.id), byId.get(d.baseline)];
          // Against the size of the figures compared a difference may be mere rounding; where
          // either is missing there is none.
          const of = (diff: Estimate, key: 'sales' | 'planningCost' | 'profit' | 'repUtility') => {
            const scale = Math.max(Math.abs(a?.[key].mean ?? 0), Math.abs(b?.[key].mean ?? 0));
            return difference(compared(diff, a?.[key], b?.[key]), scale);
          };
          return [
            `${d.id} − ${d.baseline}`,
            of(d.extraSales, 'sales'),
            of(d.planningCost, 'planningCost'),
            of(d.profit, 'profit'),
            of(d.repUtility, 'repUtility'),
          ];
        }),
      ]),
    );
  }
  return sections.join('\n\n');
}
