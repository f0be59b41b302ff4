import { transfer } from 'comlink';
import type { PlanSettings } from '../engine';
import type { BlockResult, RepModel, SimPlan } from '../engine/types';
import { createSimApi } from './simApi';
import { transferables } from './transferables';

/**
 * The object a worker exposes through comlink, in the browser and in Node alike. Results are
 * moved back, not copied (stack.md, "Workers"); `transfer` must come from the same comlink
 * module as `expose`, which is why both entries get it from here.
 */
export function exposedSimApi() {
  const api = createSimApi();

  return {
    // The plan is copied back, not moved: this worker keeps simulating with it.
    plan: (settings: PlanSettings, reps: RepModel[]): SimPlan => api.plan(settings, reps),
    setPlan: (plan: SimPlan) => api.setPlan(plan),
    run: (blocks: number[]): BlockResult[] => {
      const results = api.run(blocks);
      return transfer(results, transferables(results));
    },
    repPays: (reps: RepModel[], schemeId: string, from: number, to: number) =>
      api.repPays(reps, schemeId, from, to),
  };
}
