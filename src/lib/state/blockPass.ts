import { blockCount, simulateBlock } from '../engine';
import type { BlockResult, SimPlan } from '../engine/types';

/** Longest stretch of simulation between two chances for the page to paint and respond. */
const SLICE_MS = 25;

/**
 * Every block of a plan simulated on this thread in short slices, for the figures the worker
 * pool's summary leaves out (profit, planning cost, rep utility, spread of pay) and for a
 * change of baseline without a rerun. Blocks depend only on the plan and their index, so these
 * are the very blocks the pool simulated. Resolves to null as soon as `current()` turns false.
 */
export async function blockPass(
  plan: SimPlan,
  current: () => boolean,
  onProgress: (share: number) => void,
): Promise<BlockResult[] | null> {
  const total = blockCount(plan);
  const blocks: BlockResult[] = [];
  let sliceStart = performance.now();

  for (let b = 0; b < total; b++) {
    if (performance.now() - sliceStart > SLICE_MS) {
      onProgress(b / total);
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
    if (!current()) return null;
    blocks.push(simulateBlock(plan, b));
  }
  onProgress(1);
  return blocks;
}
