import { describe, expect, it } from 'vitest';
import { blockCount, makePlan, runInProcess, simulateBlock } from '../../../src/lib/engine';
import { BLOCK_TRIALS } from '../../../src/lib/engine/constants';
import {
  foldIntoGroup,
  MAX_REP_GROUPS,
  repGroupCount,
  repGroups,
} from '../../../src/lib/engine/repGroups';
import { DEFAULT_ECONOMICS } from '../../../src/lib/engine/sweep/economics';
import { outcomes } from '../../../src/lib/engine/sweep/outcomes';
import type { BlockResult, RepModel } from '../../../src/lib/engine/types';
import { inProcessEndpoint } from '../../../src/lib/workers/inProcessEndpoint';
import { schedule } from '../../../src/lib/workers/schedule';
import { expectBitIdentical } from './bitIdentical';
import { scrambledDelays, slowEndpoint } from './endpoints';
import { testReps, testSchemes } from './fixtures';

const reps = testReps();
// 251 blocks: groups of 3, the last one of two blocks, the last block a short one.
const planOf = (trials: number, models: RepModel[] = reps) =>
  makePlan({ seed: 5, trials, schemes: testSchemes() }, models);
const long = planOf(250 * BLOCK_TRIALS + 40);

/** Numbers a run's blocks keep in per-rep arrays. */
function perRepNumbers(blocks: BlockResult[]): number {
  const arrays = blocks.flatMap((b) => [...b.repPayoutSum, ...b.repPayoutSumSq]);
  return arrays.reduce((n, a) => n + a.length, 0);
}

async function keptBlocks(plan: ReturnType<typeof planOf>, models = reps): Promise<BlockResult[]> {
  let kept: BlockResult[] = [];
  const two = [inProcessEndpoint(), inProcessEndpoint()];
  await schedule(two, plan, models, 'essay', { onBlocks: (all) => (kept = all) });
  return kept;
}

describe('repGroups', () => {
  it('a run of 251 blocks keeps 84 groups, summarised bit for bit as in process', async () => {
    expect(blockCount(long)).toBe(251);
    expect(repGroupCount(long)).toBe(84);

    const answered: number[] = [];
    const slow = [0, 1, 2].map(() => slowEndpoint(scrambledDelays(3), answered));
    let kept: BlockResult[] = [];
    const summary = await schedule(slow, long, reps, 'essay', {
      onBlocks: (all) => (kept = all),
    });

    expect(answered.some((block, index) => block < answered[index - 1])).toBe(true);
    expectBitIdentical(summary, runInProcess(long, reps, 'essay'));
    expect(kept.filter((b) => b.foldedInto === undefined)).toHaveLength(84);
    expect(kept[5].foldedInto).toBe(3);
  });

  it('outcomes are the same bits on folded blocks and on blocks never folded', async () => {
    const folded = await keptBlocks(long);
    const fresh = Array.from({ length: blockCount(long) }, (_, b) => simulateBlock(long, b));

    expect(fresh.every((b) => b.foldedInto === undefined)).toBe(true);
    expectBitIdentical(
      outcomes(long, folded, 'quota', DEFAULT_ECONOMICS),
      outcomes(long, fresh, 'quota', DEFAULT_ECONOMICS),
    );
  });

  it('groups sum their blocks in block order, and summing leaves the blocks as they were', () => {
    const plan = planOf(250 * BLOCK_TRIALS);
    const blocks = Array.from({ length: blockCount(plan) }, (_, b) => simulateBlock(plan, b));
    const first = blocks[0].repPayoutSum[1].slice();
    const groups = repGroups(plan, blocks);

    const byHand = first[2] + blocks[1].repPayoutSum[1][2] + blocks[2].repPayoutSum[1][2];
    expect(Object.is(groups[0].sum[1][2], byHand)).toBe(true);
    expect(groups[0].trials).toBe(3 * BLOCK_TRIALS);
    expect(groups.at(-1)?.trials).toBe(BLOCK_TRIALS);
    expect(blocks[0].repPayoutSum[1]).toEqual(first);

    blocks.forEach((_, k) => foldIntoGroup(plan, blocks, k));
    expectBitIdentical(repGroups(plan, blocks), groups);
  });

  it('what a run keeps per rep stays flat in trials and grows linearly in reps', async () => {
    const twice = [...reps, ...reps.map((rep) => ({ ...rep, id: `${rep.id}2` }))];
    const base = perRepNumbers(await keptBlocks(long));
    const moreTrials = perRepNumbers(await keptBlocks(planOf(500 * BLOCK_TRIALS)));
    const moreReps = perRepNumbers(await keptBlocks(planOf(250 * BLOCK_TRIALS + 40, twice), twice));

    expect(base).toBe(84 * 2 * 2 * reps.length);
    expect(moreTrials).toBe(MAX_REP_GROUPS * 2 * 2 * reps.length);
    expect(moreReps).toBe(2 * base);
  });
});
