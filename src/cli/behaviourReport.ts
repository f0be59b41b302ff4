import type { BehaviourSummary } from '../lib/engine/behaviour/types';
import type { Estimate } from '../lib/engine/types';
import { haggles } from '../lib/components/behaviour/haggles';
import { utilityLosses } from '../lib/components/behaviour/tableCells';
import { difference, estimate, figure } from './behaviourFigures';
import { compared, count, NONE, share, signed } from './format';
import { textTable } from './textTable';

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

const missing: Estimate = { mean: NaN, se: NaN };
/** What a scheme the model does not cover shows for its reps' effort and moves: none ('–'). */
const unmodelled = {
  effort: [NaN],
  lift: [NaN],
  extraSales: missing,
  pulled: missing,
  pushed: missing,
  gaveUp: missing,
};

/** What the moved-deal columns add up, as the app's Behaviour table says under it. */
const movesNote =
  "pulled in and pushed out add up the sales moved at every period's end: a deal pushed on " +
  'twice counts twice';

/** Why a figure reads '–', in the app's words (its Behaviour table's notes). */
const why = {
  ceiling:
    'rep utility – (not computable): at this attitude to risk any pay above a sliver is worth ' +
    'the most utility a double can tell; lower the risk aversion or raise the wealth',
  ruin:
    "rep utility – (not computable): in some trials a rep's loss wipes out its wealth, where " +
    'this utility has no finite value; lower the risk aversion or raise the wealth',
  unmodelled: (id: string) =>
    `${id}: effort and deal timing are modelled for self-set targets, haggled quotas and both ` +
    'letters; its reps are held at no extra effort (effort, lift and moves –), so its sales ' +
    'and profit leave effort out',
  bossDrawnOnce: (id: string) =>
    `${id}: with behaviour its haggled quotas come from one draw of the boss's errors for the ` +
    "run, so its intervals leave out the boss's luck (the run without behaviour draws them " +
    'afresh each trial)',
};

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
      'pulled in (sum of moves)',
      'pushed out (sum of moves)',
      'gave up',
      'opening gap',
    ],
    ...behaviour.schemes.map((s) => {
      // Where the model does not cover the kind, its reps' effort and moves are not results.
      const { effort, lift, extraSales, pulled, pushed, gaveUp } = s.modelled ? s : unmodelled;
      return [
        s.id,
        figure(strategic(effort)),
        signed(share(strategic(lift) - 1)),
        estimate(extraSales, true),
        figure(pulled.mean),
        figure(pushed.mean),
        share(gaveUp.mean),
        haggles(s) ? share(s.openingGap) : NONE,
      ];
    }),
  ]);

  const company = textTable([
    [
      'company view',
      'revenue',
      'payout',
      'cost of sales',
      'planning cost',
      'profit (mean ± se)',
      'rep utility (certainty-equivalent pay), all reps (mean ± se)',
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

  const notes = [
    movesNote,
    ...utilityLosses(behaviour.schemes).map((reason) => why[reason]),
    ...behaviour.schemes.filter((s) => !s.modelled).map((s) => why.unmodelled(s.id)),
    ...behaviour.schemes.filter((s) => s.bossDrawnOnce).map((s) => why.bossDrawnOnce(s.id)),
  ];
  const sections = [heading, did, company, notes.join('\n')];
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
