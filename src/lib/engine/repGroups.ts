/**
 * Per-rep payout sums by group of consecutive blocks. A run keeps them per group rather than
 * per block so that what it holds grows with reps but not with trials: up to MAX_REP_GROUPS
 * blocks each block is its own group; a longer run puts ⌈blocks / MAX_REP_GROUPS⌉ blocks in
 * each. Sums are added in block order wherever they are made, so a group has the same bits
 * whether a run folded its blocks as they came in or the summary folds them afterwards.
 */
import { blockCount } from './plan';
import type { BlockResult, SimPlan } from './types';

/** Enough groups for a jackknife over them; 100 blocks hold the default 10,000 trials. */
export const MAX_REP_GROUPS = 100;

/** Blocks per group of `plan`. */
export function repGroupSize(plan: Pick<SimPlan, 'trials'>): number {
  return Math.max(1, Math.ceil(blockCount(plan) / MAX_REP_GROUPS));
}

/** Number of groups of `plan`. */
export function repGroupCount(plan: Pick<SimPlan, 'trials'>): number {
  return Math.ceil(blockCount(plan) / repGroupSize(plan));
}

/** One group's trials and, per scheme, per-rep sum and sum of squares of a horizon's payout. */
export interface RepGroup {
  trials: number;
  sum: Float64Array[];
  sumSq: Float64Array[];
}

/**
 * Adds block k's per-rep sums into the first block of its group and empties its own, marking
 * it `foldedInto`. Call for k = 0, 1, 2, … in block order, once every block before k is in.
 */
export function foldIntoGroup(plan: SimPlan, blocks: readonly BlockResult[], k: number): void {
  const head = k - (k % repGroupSize(plan));
  const from = blocks[k];
  if (head === k || from.foldedInto !== undefined) return;

  const into = blocks[head];
  into.repPayoutSum.forEach((sum, s) => addInto(sum, from.repPayoutSum[s]));
  into.repPayoutSumSq.forEach((sumSq, s) => addInto(sumSq, from.repPayoutSumSq[s]));
  from.repPayoutSum = [];
  from.repPayoutSumSq = [];
  from.foldedInto = head;
}

/**
 * The groups of blocks 0..k−1 in block order, whether or not a run has folded them already.
 * The blocks are left as they are: every group's arrays are new.
 */
export function repGroups(plan: SimPlan, ordered: readonly BlockResult[]): RepGroup[] {
  const size = repGroupSize(plan);
  const groups: RepGroup[] = [];
  ordered.forEach((b, k) => {
    if (k % size === 0) {
      const copy = (arrays: Float64Array[]) => arrays.map((a) => a.slice());
      groups.push({ trials: 0, sum: copy(b.repPayoutSum), sumSq: copy(b.repPayoutSumSq) });
    } else if (b.foldedInto === undefined) {
      const group = groups[groups.length - 1];
      group.sum.forEach((sum, s) => addInto(sum, b.repPayoutSum[s]));
      group.sumSq.forEach((sumSq, s) => addInto(sumSq, b.repPayoutSumSq[s]));
    }
    groups[groups.length - 1].trials += b.trials;
  });
  return groups;
}

function addInto(into: Float64Array, from: Float64Array): void {
  for (let r = 0; r < into.length; r++) into[r] += from[r];
}
