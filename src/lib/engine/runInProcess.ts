import { blockCount } from './plan';
import { simulateBlock } from './simulate';
import { summarize } from './summarize';
import type { RepModel, RunSummary, SimPlan } from './types';

export interface RunOptions {
  /** Called after each block with the number of blocks done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between blocks; an aborted run throws the signal's reason. */
  signal?: AbortSignal;
}

/** Runs every block in order in the current thread: the reference runner and the fallback. */
export function runInProcess(
  plan: SimPlan,
  reps: RepModel[],
  baselineId: string,
  options: RunOptions = {},
): RunSummary {
  const total = blockCount(plan);
  const blocks = [];
  for (let b = 0; b < total; b++) {
    options.signal?.throwIfAborted();
    blocks.push(simulateBlock(plan, b));
    options.onProgress?.(b + 1, total);
  }
  options.signal?.throwIfAborted();
  return summarize(plan, blocks, reps, baselineId);
}
