import type { BlockResult, RunSummary, SimPlan } from '../engine/types';

/**
 * One place that can simulate blocks: a browser worker, a Node thread or the current thread.
 * `run` simulates with the plan last given to `setPlan` and returns one result per block.
 */
export interface SimEndpoint {
  setPlan(plan: SimPlan): Promise<void>;
  run(blocks: number[]): Promise<BlockResult[]>;
}

/**
 * Told after every finished block. `partial` summarises the blocks finished so far in block
 * order (a prefix of the run), and comes at most every few hundred milliseconds.
 */
export type ProgressListener = (done: number, total: number, partial?: RunSummary) => void;
