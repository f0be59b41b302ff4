import type { SimEndpoint } from './simEndpoint';

/**
 * Makes every call on an endpoint fail once its worker has died (a load error, a crash, an exit):
 * comlink alone would leave those calls waiting forever.
 */
export function raceDeath(endpoint: SimEndpoint, died: Promise<never>): SimEndpoint {
  // The death of an idle worker is nobody's error; only calls in flight report it.
  died.catch(() => undefined);

  const { plan, repPays } = endpoint;
  return {
    ...(plan && { plan: (settings, reps) => Promise.race([plan(settings, reps), died]) }),
    ...(repPays && {
      repPays: (reps, schemeId, from, to) =>
        Promise.race([repPays(reps, schemeId, from, to), died]),
    }),
    setPlan: (plan) => Promise.race([endpoint.setPlan(plan), died]),
    run: (blocks) => Promise.race([endpoint.run(blocks), died]),
  };
}
