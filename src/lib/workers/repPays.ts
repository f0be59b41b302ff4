import { runInProcess } from '../engine';
import { repPlan } from '../engine/sweep';
import type { Estimate, RepModel, SimPlan } from '../engine/types';

/** One rep's pay over the horizon: its mean with standard error, and its 5–50–95% points. */
export type RepPayout = Estimate & { p5: number; p50: number; p95: number };

/**
 * The pay of reps `from` to `to` (exclusive) of `plan` under its scheme `schemeId`, each rep
 * simulated alone on its own part of the plan (repPlan), so a rep's figures do not depend on
 * which worker ran it or with which other reps. `reps` holds the models of just those reps.
 */
export function repPays(
  plan: SimPlan,
  reps: RepModel[],
  schemeId: string,
  from: number,
  to: number,
): RepPayout[] {
  if (reps.length !== to - from) {
    throw new RangeError(`repPays needs ${to - from} rep models, got ${reps.length}`);
  }
  return reps.map(
    (rep, i) => runInProcess(repPlan(plan, from + i), [rep], schemeId).schemes[0].payout,
  );
}
