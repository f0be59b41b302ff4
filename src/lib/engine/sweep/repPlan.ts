import type { BehaviourPlan, SchemeBehaviour } from '../behaviour/types';
import type { PlannedScheme, SimPlan } from '../types';

/**
 * The part of a plan that concerns rep r alone, with the targets and quotas already set in the
 * full plan. Simulating it gives the distribution of that rep's pay (its quantiles, which the
 * full run's summary does not keep) from the engine itself; the draws differ from the full
 * run's, the distribution does not. Every per-cell array is cut, whatever its field name, so a
 * field the engine adds later is cut too; an array of one value per rep is cut to rep r's.
 * The behaviour plan is cut the same way, so the rep keeps the strategy, effort, stance and
 * timing values the full plan gave it rather than rep 0's.
 */
export function repPlan(plan: SimPlan, r: number): SimPlan {
  if (!Number.isInteger(r) || r < 0 || r >= plan.reps) {
    throw new RangeError(`rep ${r} is outside a plan of ${plan.reps} reps`);
  }
  const cut = <T extends object>(value: T): T => sliceArrays(value, plan, r);
  const one: SimPlan = {
    ...cut(plan),
    reps: 1,
    schemes: plan.schemes.map((s): PlannedScheme => cut(s)),
  };
  if (plan.behaviour !== undefined) one.behaviour = cutBehaviour(plan.behaviour, cut);
  return one;
}

function cutBehaviour(
  behaviour: BehaviourPlan,
  cut: <T extends object>(value: T) => T,
): BehaviourPlan {
  return {
    ...cut(behaviour),
    schemes: behaviour.schemes.map((s): SchemeBehaviour => cut(s)),
  };
}

function sliceArrays<T extends object>(value: T, plan: SimPlan, r: number): T {
  const cells = plan.reps * plan.periods;
  const out = { ...value } as Record<string, unknown>;
  for (const [key, field] of Object.entries(value)) {
    // Nested records (a scheme's law of quotas) hold per-cell arrays too.
    if (isRecord(field)) out[key] = sliceArrays(field, plan, r);
    if (!(field instanceof Float64Array || field instanceof Uint8Array)) continue;
    if (field.length === cells) out[key] = field.slice(r * plan.periods, (r + 1) * plan.periods);
    else if (field.length === plan.reps) out[key] = field.slice(r, r + 1);
  }
  return out as T;
}

function isRecord(value: unknown): value is object {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}
