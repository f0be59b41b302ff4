/**
 * Rep utility in money: the sum over rep-periods of the certainty equivalent u⁻¹(E[u(net)]),
 * the sure pay each rep-period is worth to its rep, as Compare's rep utility is. A mean of
 * u itself would be in utils, below the pay even of a sure payment. The certainty equivalent
 * is not a mean over trials, so its error comes from a jackknife over groups of consecutive
 * blocks, as Compare's does (repGroups.ts); a paired difference leaves the same group out of
 * both schemes.
 */
import { repGroupSize } from '../repGroups';
import { jackknife } from '../sweep/jackknife';
import type { BlockResult, Estimate, SimPlan } from '../types';
import type { RiskPreference } from './types';
import { certaintyEquivalent } from './utility';

interface UtilityGroups {
  trials: number[];
  /** Per group, per cell: the utility summed over the group's trials. */
  sums: Float64Array[];
  /** Per cell, over every group. */
  total: Float64Array;
  n: number;
}

/** Rep utility of every scheme, and of each scheme but the baseline less the baseline's. */
export function equivalentPay(
  plan: Pick<SimPlan, 'trials' | 'schemes'>,
  risk: RiskPreference,
  expected: Float64Array,
  blocks: readonly BlockResult[],
  baseline: number,
): { schemes: Estimate[]; differences: Estimate[] } {
  const size = repGroupSize(plan);
  const groups = plan.schemes.map((_, s) => utilityGroups(blocks, s, size));
  const count = groups[0]?.sums.length ?? 0;
  const at = (s: number, omit: number | null): number => {
    const g = groups[s];
    const n = omit === null ? g.n : g.n - g.trials[omit];
    let total = 0;
    for (let i = 0; i < expected.length; i++) {
      const sum = omit === null ? g.total[i] : g.total[i] - g.sums[omit][i];
      total += certaintyEquivalent(risk, sum / n, expected[i]);
    }
    return total;
  };
  const schemes = plan.schemes.map((_, s) => jackknife(count, (omit) => at(s, omit)));
  const differences = plan.schemes.map((_, s) =>
    jackknife(count, (omit) => at(s, omit) - at(baseline, omit)),
  );
  return { schemes, differences };
}

function utilityGroups(blocks: readonly BlockResult[], s: number, size: number): UtilityGroups {
  const trials: number[] = [];
  const sums: Float64Array[] = [];
  blocks.forEach((b, k) => {
    const cells = b.behaviour?.[s].cellUtility;
    if (cells === undefined) throw new RangeError(`block ${b.block} has no behaviour figures`);
    if (k % size === 0) {
      trials.push(0);
      sums.push(new Float64Array(cells.length));
    }
    trials[trials.length - 1] += b.trials;
    const sum = sums[sums.length - 1];
    for (let i = 0; i < cells.length; i++) sum[i] += cells[i];
  });
  const total = new Float64Array(sums[0]?.length ?? 0);
  for (const sum of sums) for (let i = 0; i < total.length; i++) total[i] += sum[i];
  return { trials, sums, total, n: trials.reduce((a, b) => a + b, 0) };
}
