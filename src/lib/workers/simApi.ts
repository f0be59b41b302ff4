import { makePlan, simulateBlock, type PlanSettings } from '../engine';
import type { BlockResult, RepModel, SimPlan } from '../engine/types';
import { errorFrom, flattenError } from './flattenError';
import { repPays, type RepPayout } from './repPays';

/** What a worker offers: make or keep a plan, then simulate blocks of it on request. */
export interface SimApi {
  /** Makes the plan here (best responses are the costly part), keeps it and returns it. */
  plan(settings: PlanSettings, reps: RepModel[]): SimPlan;
  setPlan(plan: SimPlan): void;
  run(blocks: number[]): BlockResult[];
  /** Pay of reps `from`..`to` (exclusive) under one scheme of the plan kept (repPays.ts). */
  repPays(reps: RepModel[], schemeId: string, from: number, to: number): RepPayout[];
}

/**
 * The worker-side object behind every endpoint. Whatever is thrown leaves as a plain Error
 * with name, message and stack, which comlink can always clone (a thrown string or object
 * that cannot be cloned would otherwise leave the caller waiting forever).
 */
export function createSimApi(): SimApi {
  let plan: SimPlan | undefined;

  const guarded =
    <A extends unknown[], R>(step: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return step(...args);
      } catch (thrown) {
        throw errorFrom(flattenError(thrown));
      }
    };

  return {
    plan: guarded((settings: PlanSettings, reps: RepModel[]) => {
      plan = makePlan(settings, reps);
      return plan;
    }),
    setPlan(next) {
      plan = next;
    },
    run: guarded((blocks: number[]) => {
      if (plan === undefined) throw new Error('run() was called before setPlan()');
      const current = plan;
      return blocks.map((block) => simulateBlock(current, block));
    }),
    repPays: guarded((reps: RepModel[], schemeId: string, from: number, to: number) => {
      if (plan === undefined) throw new Error('repPays() was called before setPlan()');
      return repPays(plan, reps, schemeId, from, to);
    }),
  };
}
