/**
 * The haggled quota (the pharmaceutical letter's pay) with behaviour. The boss's estimate of
 * each cell comes from the run's boss stream, drawn once for the run: the quotas, stances and
 * effort are planned here, before any trial. Without behaviour the boss errs afresh each
 * trial, so a run with behaviour gives the result for one draw of the boss's errors, and its
 * interval leaves out the boss's luck (a shortcoming: redrawing them per trial would mean
 * planning per trial). A naive rep accepts the boss's number; a strategic one picks its
 * opening distance and effort as its best reply, against the boss it expects (the mean of the
 * boss's estimate). Over several years the company ratchets quotas; a strategic rep then sees
 * next year's quota carry this year's over and each unit it sells raise it by the ratchet's
 * rate, so it haggles harder and sells less; both at the marginal cost
 * κ = −dV/dQ of a higher quota (taken once, at the quota the plan's own opening distance
 * gives: a stationary one-step view), discounted by δ.
 */
import { BOSS_STREAM } from '../constants';
import { bossEstimate } from '../haggling';
import { standardNormal } from '../normal';
import { namedStream } from '../random';
import type { HaggledQuotaScheme, PlannedScheme } from '../types';
import {
  bestEffortAt,
  bestStanceAndEffort,
  quotaMarginalCost,
  type Reply,
  type ReplyProblem,
  type StanceTerms,
} from './bestReply';
import { effortCost } from './effort';
import { fillNextMarginals } from './nextMarginals';
import type { SchemeContext } from './planBehaviour';
import { idleBehaviour } from './planBehaviour';
import { rulePay, type PeriodRule } from './periodRule';
import { ratchetStep } from './ratchet';
import { bossNumber, openings } from './stance';
import type { SchemeBehaviour } from './types';
import { exp } from '../portableMath';

/** Replies of a strategic rep: in the first year, in later ratcheted years, in the last. */
interface Replies {
  first: Reply;
  middle: Reply;
  last: Reply;
  weight: number;
}

export function planQuota(
  context: SchemeContext,
  planned: PlannedScheme,
  scheme: HaggledQuotaScheme,
  rule: PeriodRule,
): SchemeBehaviour {
  const { plan, settings, strategic, shifts, years, periodsPerYear } = context;
  const { reps, periods, expected, logSigma } = plan;
  const behaviour = idleBehaviour(reps, periods);
  behaviour.timing = settings.timing.enabled;
  behaviour.ratchets = years > 1;
  const bossZ = bossDraws(plan.seed, expected.length);
  const cache = new Map<string, Replies>();

  for (let r = 0; r < reps; r++) {
    const first = r * periods;
    // Quotas are haggled in the first year; later years repeat them until the ratchet moves them.
    const year1 = (i: number) => first + ((i - first) % periodsPerYear);
    const bossView = (i: number) =>
      bossEstimate(expected[year1(i)], scheme.haggling, bossZ[year1(i)]);
    if (strategic[r] === 0) {
      for (let i = first; i < first + periods; i++) {
        planned.target[i] = bossNumber(bossView(i), scheme.haggling);
      }
      continue;
    }

    const nodes = context.nodes(logSigma[first], shifts[r]);
    const key = `${logSigma[first]} ${shifts[r]}`;
    let replies = cache.get(key);
    if (replies === undefined) {
      replies = solve(context, scheme, rule, nodes.coarse, nodes.fine, exp(shifts[r]));
      cache.set(key, replies);
    }
    behaviour.stance[r] = replies.first.stance;

    for (let i = first; i < first + periods; i++) {
      const year = Math.floor((i - first) / periodsPerYear);
      const belief = expected[year1(i)] * exp(shifts[r]);
      const deal = openings(
        replies.first.stance,
        belief,
        bossView(i),
        scheme.haggling,
        settings.haggling,
      );
      planned.target[i] = deal.quota;
      if (year === 0) {
        behaviour.openingGap[i] = deal.gap;
        behaviour.hagglingCost[i] = deal.cost;
      }

      const reply = year === 0 ? replies.first : year < years - 1 ? replies.middle : replies.last;
      behaviour.effort[i] = reply.effort;
      behaviour.lift[i] = reply.lift;
      behaviour.effortCost[i] = effortCost(settings.effort, reply.effort) * expected[i];
      behaviour.ratchetWeight[i] = year < years - 1 ? replies.weight : 0;
    }
    if (behaviour.timing) fillNextMarginals(context, planned, behaviour, rule, r, nodes.coarse);
  }
  return behaviour;
}

/** The boss's standard normal error per cell, drawn once, in the order haggledQuotas draws it. */
function bossDraws(seed: number, cells: number): Float64Array {
  const rng = namedStream(seed, BOSS_STREAM);
  const draws = new Float64Array(cells);
  for (let i = 0; i < cells; i++) draws[i] = standardNormal(rng);
  return draws;
}

function solve(
  context: SchemeContext,
  scheme: HaggledQuotaScheme,
  rule: PeriodRule,
  nodes: Float64Array,
  fine: Float64Array,
  repBelief: number,
): Replies {
  const { settings, years } = context;
  const { up, down, discount } = settings.ratchet;
  const unit = { fixed: scheme.performancePayShare, cap: Infinity };
  const expectedBoss = 1 + scheme.haggling.growth;
  const terms: StanceTerms = {
    quota: (d) => openings(d, repBelief, expectedBoss, scheme.haggling, settings.haggling).quota,
    cost: (d) => openings(d, repBelief, expectedBoss, scheme.haggling, settings.haggling).cost,
  };
  const plain: ReplyProblem = {
    nodes,
    fine,
    pay: (q, y) => rulePay(rule, q, y, unit.fixed, unit.cap),
    risk: settings.risk,
    effort: settings.effort,
    separable: false,
  };

  if (years === 1 || (up === 0 && down === 0)) {
    const alone = bestStanceAndEffort(plain, terms);
    return { first: alone, middle: alone, last: alone, weight: 0 };
  }

  // κ at the quota of the plan's own opening distance and the effort that quota calls for.
  const usual = bestEffortAt(plain, terms.quota(scheme.haggling.repOpening));
  const weight = discount * Math.max(0, quotaMarginalCost(plain, usual.target, usual.effort));
  // Next year's quota Q' = Q + step carries this year's over, so haggling Q up by dq raises Q'
  // by (1 − λ)·dq, not only by the step's −λ·dq. The charge is taken from the quota where κ was,
  // so that at that quota (the later years' effort) it is the step alone.
  const viewed: ReplyProblem = {
    ...plain,
    pay: (q, y) =>
      rulePay(rule, q, y, unit.fixed, unit.cap) -
      weight * (q - usual.target + ratchetStep(q, y, up, down)),
  };
  const first = bestStanceAndEffort(viewed, terms);
  return {
    first,
    middle: bestEffortAt(viewed, first.target),
    last: bestEffortAt(plain, first.target),
    weight,
  };
}
