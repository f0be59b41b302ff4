import { createSimApi } from './simApi';
import type { SimEndpoint } from './simEndpoint';

/**
 * An endpoint on the current thread. By default plans and results make a structured-clone
 * round trip, as they would through postMessage, so tests exercise the worker path without one.
 */
export function inProcessEndpoint(options: { clone?: boolean } = {}): SimEndpoint {
  const api = createSimApi();
  const cross = <T>(value: T): T => (options.clone === false ? value : structuredClone(value));

  return {
    plan: async (settings, reps) => cross(api.plan(cross(settings), cross(reps))),
    setPlan: async (plan) => api.setPlan(cross(plan)),
    run: async (blocks) => cross(api.run(blocks)),
    repPays: async (reps, schemeId, from, to) =>
      cross(api.repPays(cross(reps), schemeId, from, to)),
  };
}
