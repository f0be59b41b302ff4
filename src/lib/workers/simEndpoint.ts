import type { PlanSettings } from '../engine';
import type { BlockResult, RepModel, RunSummary, SimPlan } from '../engine/types';
import type { RepPayout } from './repPays';

/**
 * One place that can simulate blocks: a browser worker, a Node thread or the current thread.
 * `run` simulates with the plan last given to `setPlan` and returns one result per block.
 */
export interface SimEndpoint {
  /** Makes the plan there and keeps it; an endpoint without it is given plans made elsewhere. */
  plan?(settings: PlanSettings, reps: RepModel[]): Promise<SimPlan>;
  setPlan(plan: SimPlan): Promise<void>;
  run(blocks: number[]): Promise<BlockResult[]>;
  /** Pay of reps `from`..`to` of the plan kept; an endpoint without it leaves that to the page. */
  repPays?(reps: RepModel[], schemeId: string, from: number, to: number): Promise<RepPayout[]>;
}

/**
 * Told after every finished block. `partial` summarises the blocks finished so far in block
 * order (a prefix of the run), and comes at most every few hundred milliseconds.
 */
export type ProgressListener = (done: number, total: number, partial?: RunSummary) => void;
