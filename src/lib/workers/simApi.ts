import { simulateBlock } from '../engine';
import type { BlockResult, SimPlan } from '../engine/types';
import { errorFrom, flattenError } from './flattenError';

/** What a worker offers: keep a plan, then simulate blocks of it on request. */
export interface SimApi {
  setPlan(plan: SimPlan): void;
  run(blocks: number[]): BlockResult[];
}

/**
 * The worker-side object behind every endpoint. Whatever is thrown leaves as a plain Error
 * with name, message and stack, which comlink can always clone (a thrown string or object
 * that cannot be cloned would otherwise leave the caller waiting forever).
 */
export function createSimApi(): SimApi {
  let plan: SimPlan | undefined;

  return {
    setPlan(next) {
      plan = next;
    },
    run(blocks) {
      try {
        if (plan === undefined) throw new Error('run() was called before setPlan()');
        const current = plan;
        return blocks.map((block) => simulateBlock(current, block));
      } catch (thrown) {
        throw errorFrom(flattenError(thrown));
      }
    },
  };
}
