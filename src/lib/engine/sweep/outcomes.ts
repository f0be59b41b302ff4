/**
 * The figures an executive compares beyond payout and sales (domain.md §6), from the block
 * results of a run: the scheme's other costs, profit, the planning cost of target error, the
 * reps' certainty-equivalent pay and the spread of pay across reps, each with a standard error
 * and paired against a baseline on the same draws. Per-trial figures use the engine's mean
 * estimates; the per-rep ones are non-linear in the per-rep sums, so their errors come from a
 * jackknife over groups of blocks (repGroups.ts).
 */
import { meanEstimate, ratioEstimate } from '../estimate';
import { repGroups, type RepGroup } from '../repGroups';
import type { BlockResult, Estimate, SimPlan, TrialSeries } from '../types';
import type { Economics } from './economics';
import { jackknife } from './jackknife';
import { meanCertaintyEquivalent, payRateSpread, type RepSums } from './repSpread';
import { exp } from '../portableMath';

export interface SchemeOutcomes {
  id: string;
  /**
   * The scheme's costs beside its payout per horizon (the pharma letter's expense budget), that
   * is cost − payout: what profit takes off beyond the pay. Fines are deducted from the payout.
   */
  otherCosts: Estimate;
  /** margin·sales − cost per horizon (cost: the payout plus the other costs). */
  profit: Estimate;
  /**
   * Cost of target error as a share of sales: expected cost in money over expected sales, the
   * same ratio as cost of sales, so a big period's miss weighs more than a small one's. A mean
   * of each trial's own ratio would read ~10% low for a single rep and period.
   */
  planningCost: Estimate;
  /** Mean over reps of the certainty equivalent of a horizon's pay. */
  repUtility: Estimate;
  /** Coefficient of variation across reps of expected pay per unit of expected sales. */
  payRateSpread: Estimate;
}

export interface Outcomes {
  schemes: SchemeOutcomes[];
  /** Scheme − baseline for every scheme but the baseline, in plan order. */
  differences: (SchemeOutcomes & { baseline: string })[];
}

type Metric = Exclude<keyof SchemeOutcomes, 'id'>;

export function outcomes(
  plan: SimPlan,
  blocks: BlockResult[],
  baselineId: string,
  economics: Economics,
): Outcomes {
  const ordered = blocks.slice().sort((a, b) => a.block - b.block);
  const baseline = plan.schemes.findIndex((s) => s.scheme.id === baselineId);
  if (baseline < 0) throw new RangeError(`baseline ${baselineId} is not a scheme of the plan`);
  if (ordered.length === 0) throw new RangeError('outcomes need at least one block');

  const sales = expectedSalesPerRep(plan);
  // Loops, not Float64Array.from with a mapping function: its generic path was slow enough to
  // show on the page's thread.
  const perTrial = (s: number, f: (x: TrialSeries, k: number) => number) =>
    ordered.map((b) => {
      const values = new Float64Array(b.trials);
      for (let k = 0; k < b.trials; k++) values[k] = f(b.series[s], k);
      return values;
    });
  const profit = plan.schemes.map((_, s) =>
    perTrial(s, (x, k) => economics.margin * x.sales[k] - x.cost[k]),
  );
  const otherCosts = plan.schemes.map((_, s) => perTrial(s, (x, k) => x.cost[k] - x.payout[k]));
  const planning = plan.schemes.map((_, s) => ({
    num: perTrial(
      s,
      (x, k) => economics.overCost * x.overForecast[k] + economics.underCost * x.underForecast[k],
    ),
    den: perTrial(s, (x, k) => x.sales[k]),
  }));
  // Each statistic once per scheme and left-out block, shared by the schemes' rows and the
  // paired differences: computed per call, they held the page's thread for 40 ms on 1,000 reps.
  const repSums = repGroups(plan, ordered);
  const groups = repSums.length;
  const left = plan.schemes.map((_, s) =>
    leftOutStatistics(repSums, s, sales, economics.riskAversion),
  );
  const at = (omit: number | null) => (omit === null ? 0 : omit + 1);
  const utility = (s: number, omit: number | null) => left[s].utility[at(omit)];
  const spread = (s: number, omit: number | null) => left[s].spread[at(omit)];

  const schemes = plan.schemes.map((planned, s): SchemeOutcomes => ({
    id: planned.scheme.id,
    otherCosts: meanEstimate(otherCosts[s]),
    profit: meanEstimate(profit[s]),
    planningCost: ratioEstimate(planning[s].num, planning[s].den),
    repUtility: jackknife(groups, (omit) => utility(s, omit)),
    payRateSpread: jackknife(groups, (omit) => spread(s, omit)),
  }));

  const differences = plan.schemes.flatMap((planned, s) => {
    if (s === baseline) return [];
    const paired: Record<Metric, Estimate> = {
      otherCosts: meanEstimate(otherCosts[s], otherCosts[baseline]),
      profit: meanEstimate(profit[s], profit[baseline]),
      planningCost: ratioEstimate(planning[s].num, planning[s].den, planning[baseline]),
      repUtility: jackknife(groups, (o) => utility(s, o) - utility(baseline, o)),
      payRateSpread: jackknife(groups, (o) => spread(s, o) - spread(baseline, o)),
    };
    return [{ id: planned.scheme.id, baseline: baselineId, ...paired }];
  });

  return { schemes, differences };
}

/**
 * The rep utility and pay-rate spread of one scheme on every group of blocks (index 0) and on
 * every group but group g (index g + 1). Totals are added once in group order and a group is
 * taken out by subtraction, so a jackknife over G groups costs O(G·reps), not O(G²·reps).
 */
function leftOutStatistics(
  groups: RepGroup[],
  s: number,
  sales: Float64Array,
  riskAversion: number,
): { utility: Float64Array; spread: Float64Array } {
  const reps = groups[0].sum[s].length;
  const sum = new Float64Array(reps);
  const sumSq = new Float64Array(reps);
  let n = 0;
  for (const g of groups) {
    n += g.trials;
    for (let r = 0; r < reps; r++) {
      sum[r] += g.sum[s][r];
      sumSq[r] += g.sumSq[s][r];
    }
  }

  const utility = new Float64Array(groups.length + 1);
  const spread = new Float64Array(groups.length + 1);
  const measure = (k: number, sums: RepSums) => {
    utility[k] = meanCertaintyEquivalent(sums, riskAversion);
    spread[k] = payRateSpread(sums, sales);
  };
  measure(0, { n, sum, sumSq });

  // One pair of buffers reused for every block left out.
  const leftSum = new Float64Array(reps);
  const leftSumSq = new Float64Array(reps);
  groups.forEach((group, g) => {
    const [gSum, gSumSq] = [group.sum[s], group.sumSq[s]];
    for (let r = 0; r < reps; r++) {
      leftSum[r] = sum[r] - gSum[r];
      leftSumSq[r] = sumSq[r] - gSumSq[r];
    }
    measure(g + 1, { n: n - group.trials, sum: leftSum, sumSq: leftSumSq });
  });
  return { utility, spread };
}

/** A lognormal cell with log-mean μ and log-sd σ has mean exp(μ + σ²/2); summed per rep. */
function expectedSalesPerRep(plan: SimPlan): Float64Array {
  const out = new Float64Array(plan.reps);
  for (let i = 0; i < plan.reps * plan.periods; i++) {
    const sigma = plan.logSigma[i];
    out[Math.floor(i / plan.periods)] += exp(plan.logMu[i] + 0.5 * sigma * sigma);
  }
  return out;
}
