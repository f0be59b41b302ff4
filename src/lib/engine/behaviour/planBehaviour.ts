/**
 * Fixes what every rep does under every scheme, once per run: who is strategic, what each
 * believes, and for each strategic rep its target or haggling stance, effort, and the
 * marginal values its timing decisions weigh. Naive reps make no choice: they report last
 * year's sales of the same period or accept the boss's number, exert no extra effort and
 * shift no deals. The trial loop then only applies these choices to the draws.
 */
import type { PlanContext } from '../schemes/module';
import type { PlannedScheme } from '../types';
import { beliefShifts, strategicReps } from './beliefs';
import { periodRule } from './periodRule';
import { planCondiment } from './planCondiment';
import { planPharma } from './planPharma';
import { planQuota } from './planQuota';
import { planSelfSet } from './planSelfSet';
import { keptNodes, type NodesOf } from './repNodes';
import type { BehaviourPlan, BehaviourSettings, SchemeBehaviour } from './types';

/** What planning one scheme's behaviour needs to know. */
export interface BehaviourContext {
  settings: BehaviourSettings;
  plan: PlanContext;
  periodsPerYear: number;
  years: number;
  strategic: Uint8Array;
  /** Each rep's log-error about its own level. */
  shifts: Float64Array;
  /** Per cell, the sales of the same period a year before (BehaviourPlan.lastYear). */
  lastYear: Float64Array;
}

/** What planning one scheme reads: the context, and the reps' nodes, shared by every scheme. */
export interface SchemeContext extends BehaviourContext {
  nodes: NodesOf;
}

/** Who is strategic and what each rep believes; call before the schemes are planned. */
export function behaviourPeople(
  settings: BehaviourSettings,
  seed: number,
  reps: number,
): { strategic: Uint8Array; shifts: Float64Array } {
  return {
    strategic: strategicReps(seed, reps, settings.naiveShare),
    shifts: beliefShifts(seed, reps, settings.belief),
  };
}

/**
 * The behaviour plan; sets the targets and quotas of the schemes it knows in `planned`
 * (truth-telling and haggled-quota). The two letters keep the targets their modules set, and
 * their strategic reps choose effort and shift deals around them. Other kinds keep their
 * module's plan, made on the reps' beliefs, and their reps exert no extra effort and shift
 * no deals.
 */
export function planBehaviour(run: BehaviourContext, planned: PlannedScheme[]): BehaviourPlan {
  const context: SchemeContext = { ...run, nodes: keptNodes() };
  const { plan, settings, years, periodsPerYear, strategic, lastYear } = context;
  return {
    settings,
    years,
    periodsPerYear,
    strategic,
    lastYear,
    expected: plan.expected,
    schemes: planned.map((p) => {
      const rule = periodRule(p.scheme);
      if (rule !== undefined && p.scheme.kind === 'truth-telling') {
        return planSelfSet(context, p, p.scheme, rule);
      }
      if (rule !== undefined && p.scheme.kind === 'haggled-quota') {
        return planQuota(context, p, p.scheme, rule);
      }
      if (rule !== undefined && p.scheme.kind === 'pharma-letter') {
        return planPharma(context, p, rule);
      }
      if (rule !== undefined && p.scheme.kind === 'condiment-letter') {
        return planCondiment(context, p, rule);
      }
      return idleBehaviour(plan.reps, plan.periods);
    }),
  };
}

/** No effort, no haggling, no shifting: what a naive rep does, and every rep of other kinds. */
export function idleBehaviour(reps: number, periods: number): SchemeBehaviour {
  const cells = reps * periods;
  return {
    timing: false,
    ratchets: false,
    naiveReportsLastYear: false,
    effort: new Float64Array(cells),
    lift: new Float64Array(cells).fill(1),
    effortCost: new Float64Array(cells),
    stance: new Float64Array(reps).fill(NaN),
    openingGap: new Float64Array(cells),
    hagglingCost: new Float64Array(cells),
    nextMarginal: new Float64Array(cells),
    pushCap: new Float64Array(cells).fill(Infinity),
    stake: new Float64Array(cells),
    ratchetWeight: new Float64Array(cells),
  };
}
