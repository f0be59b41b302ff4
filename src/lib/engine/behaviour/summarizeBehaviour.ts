/**
 * What reps did and what it meant for the company (domain.md §6), per scheme: how many reps
 * were strategic, their effort and the extra sales it bought, deals pulled and pushed, the
 * cost of haggling, and the company view — revenue, payout, cost of sales, planning cost of
 * target error, profit — beside the reps' utility. Means over trials carry their standard
 * errors; differences from the baseline are paired on the same draws. Sums run in trial and
 * block order, so the summary does not depend on how many workers ran the blocks.
 *
 * Rep utility that double precision cannot tell from its ceiling (very risk-averse reps with
 * little wealth: any pay above a sliver is worth all but nothing less than the most) reads NaN,
 * not computable, and so does its difference from another scheme: the figure would be the
 * same for any pay. So does utility in runs where a rep's loss wiped out its wealth in some
 * trial: it would be the utility floor's, not the pay's. `utilityLost` says which.
 */
import { meanEstimate, ratioEstimate } from '../estimate';
import { haggledWithErrors } from '../haggling';
import type { BlockResult, Estimate, SimPlan } from '../types';
import { equivalentPay } from './equivalentPay';
import { periodRule } from './periodRule';
import { atCeiling } from './utility';
import type {
  BehaviourDifference,
  BehaviourPlan,
  BehaviourSeries,
  BehaviourSummary,
  SchemeBehaviourSummary,
  UtilityLost,
} from './types';

type Key = Exclude<keyof BehaviourSeries, `cell${string}`>;

/** `blocks` must be the plan's blocks 0..k−1 in order, as summarize checks them. */
export function summarizeBehaviour(
  plan: SimPlan,
  behaviour: BehaviourPlan,
  blocks: BlockResult[],
  baselineId: string,
): BehaviourSummary {
  const trials = blocks.reduce((n, b) => n + b.trials, 0);
  const of = (s: number, key: Key) => blocks.map((b) => behaviourOf(b, s)[key]);
  const series = (s: number, key: 'payout' | 'sales' | 'within') =>
    blocks.map((b) => b.series[s][key]);
  const { margin } = behaviour.settings.company;
  const profit = plan.schemes.map((_, s) =>
    blocks.map((b) => {
      const x = b.series[s];
      const costs = behaviourOf(b, s).planningCost;
      return x.sales.map((sales, k) => margin * sales - x.payout[k] - costs[k]);
    }),
  );
  const utility = plan.schemes.map((_, s) => meanEstimate(of(s, 'utility')));
  const baseline = plan.schemes.findIndex((p) => p.scheme.id === baselineId);
  const { risk } = behaviour.settings;
  // A risk-neutral rep's certainty equivalent is its mean net pay: its utility, per trial.
  const equivalent =
    risk.kind === 'neutral' || blocks.length === 0
      ? null
      : equivalentPay(plan, risk, behaviour.expected, blocks, Math.max(0, baseline));
  // A cell's mean utility at its ceiling has no finite certainty equivalent either.
  const lost = utility.map(
    (u, s) =>
      lostUtility(behaviour, u) ??
      (Number.isFinite(equivalent?.schemes[s].mean ?? 0) ? undefined : ('ceiling' as const)),
  );
  // A scheme that sets no target (a menu of contracts) has no target error to plan around.
  const targeted = plan.schemes.map((p) => p.target.some((x) => !Number.isNaN(x)));
  const planning = plan.schemes.map((_, s) =>
    targeted[s] ? meanEstimate(of(s, 'planningCost')) : NOT_COMPUTABLE,
  );
  const strategicCount = behaviour.strategic.reduce((n, v) => n + v, 0);
  const movable = strategicCount * (plan.periods - 1);

  const schemes = plan.schemes.map((planned, s): SchemeBehaviourSummary => {
    const b = behaviour.schemes[s];
    const firstCell = (values: Float64Array) =>
      Array.from({ length: plan.reps }, (_, r) => values[r * plan.periods]);
    const gaveUp = meanEstimate(of(s, 'gaveUp'));
    const gapCells = b.openingGap.reduce((n, g, i) => n + (g !== 0 ? behaviour.expected[i] : 0), 0);
    return {
      id: planned.scheme.id,
      modelled: periodRule(planned.scheme) !== undefined,
      bossDrawnOnce: haggledWithErrors(planned.scheme),
      effort: firstCell(b.effort),
      lift: firstCell(b.lift),
      stance: Array.from(b.stance),
      sales: meanEstimate(series(s, 'sales')),
      baseSales: meanEstimate(of(s, 'baseSales')),
      extraSales: meanEstimate(series(s, 'sales'), of(s, 'baseSales')),
      payout: meanEstimate(series(s, 'payout')),
      costOfSales: ratioEstimate(series(s, 'payout'), series(s, 'sales')),
      pulled: meanEstimate(of(s, 'pulled')),
      pushed: meanEstimate(of(s, 'pushed')),
      gaveUp: movable > 0 ? scaled(gaveUp, 1 / movable) : { mean: 0, se: 0 },
      effortCost: meanEstimate(of(s, 'effortCost')).mean,
      hagglingCost: blocks[0] ? behaviourOf(blocks[0], s).hagglingCost[0] : 0,
      openingGap: gapCells > 0 ? sumOf(b.openingGap) / gapCells : 0,
      shiftCost: meanEstimate(of(s, 'shiftCost')),
      targetWithin: targeted[s] ? meanEstimate(series(s, 'within')) : NOT_COMPUTABLE,
      planningCost: planning[s],
      profit: meanEstimate(profit[s]),
      repUtility: lost[s] ? NOT_COMPUTABLE : (equivalent?.schemes[s] ?? utility[s]),
      utilityLost: lost[s],
      cells: cellMeans(blocks, s, trials),
    };
  });

  const differences = plan.schemes.flatMap((planned, s): BehaviourDifference[] => {
    if (s === baseline || baseline < 0) return [];
    return [
      {
        id: planned.scheme.id,
        baseline: baselineId,
        extraSales: meanEstimate(series(s, 'sales'), series(baseline, 'sales')),
        planningCost:
          targeted[s] && targeted[baseline]
            ? meanEstimate(of(s, 'planningCost'), of(baseline, 'planningCost'))
            : NOT_COMPUTABLE,
        profit: meanEstimate(profit[s], profit[baseline]),
        repUtility:
          lost[s] || lost[baseline]
            ? NOT_COMPUTABLE
            : (equivalent?.differences[s] ??
              meanEstimate(of(s, 'utility'), of(baseline, 'utility'))),
      },
    ];
  });

  return {
    settings: behaviour.settings,
    years: behaviour.years,
    periodsPerYear: behaviour.periodsPerYear,
    strategicReps: strategicCount,
    naiveReps: plan.reps - strategicCount,
    strategic: Array.from(behaviour.strategic, (v) => v === 1),
    schemes,
    differences,
  };
}

const NOT_COMPUTABLE: Estimate = { mean: NaN, se: NaN };

/** Why a scheme's mean utility says nothing of its pay, or undefined when it does. */
function lostUtility(behaviour: BehaviourPlan, u: Estimate): UtilityLost | undefined {
  if (!Number.isFinite(u.mean)) return 'ruin';
  if (atCeiling(behaviour.settings.risk, u.mean, behaviour.expected)) return 'ceiling';
  return undefined;
}

function behaviourOf(block: BlockResult, s: number): BehaviourSeries {
  const series = block.behaviour?.[s];
  if (series === undefined) throw new RangeError(`block ${block.block} has no behaviour figures`);
  return series;
}

function cellMeans(blocks: BlockResult[], s: number, trials: number) {
  const mean = (key: 'cellSales' | 'cellTarget' | 'cellPulled' | 'cellPushed') => {
    const total = new Float64Array(behaviourOf(blocks[0], s)[key].length);
    for (const b of blocks) {
      const values = behaviourOf(b, s)[key];
      for (let i = 0; i < total.length; i++) total[i] += values[i];
    }
    return Array.from(total, (v) => v / trials);
  };
  return {
    sales: mean('cellSales'),
    target: mean('cellTarget'),
    pulled: mean('cellPulled'),
    pushed: mean('cellPushed'),
  };
}

function scaled(e: Estimate, factor: number): Estimate {
  return { mean: e.mean * factor, se: e.se * factor };
}

function sumOf(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}
