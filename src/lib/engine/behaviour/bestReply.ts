/**
 * A strategic rep's best reply to one kind of period, for any pay rule: the target (or the
 * haggling stance that sets its quota) and the effort that maximise expected utility of pay
 * net of costs. Everything is in units of the period's expected sales. Expectations use the
 * engine's quadrature over the belief — the same nodes for every candidate, so comparisons
 * between choices carry no sampling noise — and the engine's target solver; a coarse grid
 * serves the alternating searches and the full grid the final answer.
 *
 * For a risk-neutral rep under a rule with pay(cX, cY) = c·pay(X, Y) the two choices separate:
 * effort scales sales by g, the best target scales with it, and E[pay] = g·V₀, so effort solves
 * max g(e)·V₀ − c·e² with the target at g times the engine's exact best target.
 */
import { expectedPay, maximizeExpectedPay, type PayRule } from '../bestResponse';
import { MAX_EFFORT, MAX_ROUNDS, MAX_STANCE, ROUND_TOLERANCE } from './constants';
import { effortCost, effortLift } from './effort';
import { maximizeScalar, refineScalar } from './maximizeScalar';
import type { EffortSettings, RiskPreference } from './types';
import { utility } from './utility';

/** Half-width of the bracket of later rounds: relative for targets, absolute for the rest. */
const STEP = 0.05;

export interface ReplyProblem {
  /** Coarse and full belief grids of sales at no extra effort, unit scale, ascending. */
  nodes: Float64Array;
  fine: Float64Array;
  /** Pay of the period in unit terms, as the rep sees it (with the ratchet's term). */
  pay: PayRule;
  risk: RiskPreference;
  effort: EffortSettings;
  /** True when the rep is risk-neutral and pay(cX, cY) = c·pay(X, Y). */
  separable: boolean;
}

export interface Reply {
  /** Target or quota, unit scale. */
  target: number;
  effort: number;
  /** g(effort): the factor effort multiplies sales by. */
  lift: number;
  /** Opening distance in haggling; NaN for a self-set target. */
  stance: number;
  /** Expected utility net of costs, unit scale (expected net pay when risk-neutral). */
  value: number;
}

/** How haggling turns an opening distance d into a quota and a cost (unit scale). */
export interface StanceTerms {
  quota(d: number): number;
  cost(d: number): number;
}

/** E[u(pay(x, g·Y) − cost)] over the given nodes. */
export function expectedUtility(
  problem: ReplyProblem,
  x: number,
  effort: number,
  fixedCost: number,
  nodes = problem.nodes,
): number {
  const g = effortLift(problem.effort, effort);
  const cost = effortCost(problem.effort, effort) + fixedCost;
  const { pay, risk } = problem;
  if (risk.kind === 'neutral')
    return expectedPay((target, y) => pay(target, g * y), x, nodes) - cost;
  return expectedPay((target, y) => utility(risk, pay(target, g * y) - cost, 1), x, nodes);
}

/** Best target and effort; `exactTarget` is the engine's best target at no effort, if known. */
export function bestTargetAndEffort(problem: ReplyProblem, exactTarget?: number): Reply {
  if (problem.separable) {
    const x0 = exactTarget ?? maximizeExpectedPay(problem.pay, problem.fine);
    const v0 = expectedPay(problem.pay, x0, problem.fine);
    const net = (e: number) => effortLift(problem.effort, e) * v0 - effortCost(problem.effort, e);
    const effort = v0 > 0 ? maximizeScalar(net, 0, MAX_EFFORT) : 0;
    const lift = effortLift(problem.effort, effort);
    return { target: lift * x0, effort, lift, stance: NaN, value: net(effort) };
  }

  // Alternate: the first round scans the whole range, later ones refine near the last answer.
  let effort = effortAt(problem, targetAt(problem, 0), 0);
  let target = targetAt(problem, effort);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const nextEffort = effortAt(problem, target, 0, effort);
    const nextTarget = targetAt(problem, nextEffort, target);
    const settled = close(nextEffort, effort) && close(nextTarget, target);
    effort = nextEffort;
    target = nextTarget;
    if (settled) break;
  }

  const value = expectedUtility(problem, target, effort, 0, problem.fine);
  return { target, effort, lift: effortLift(problem.effort, effort), stance: NaN, value };
}

/** Best opening distance and effort when haggling sets the quota. */
export function bestStanceAndEffort(problem: ReplyProblem, terms: StanceTerms): Reply {
  const valueOf = (d: number, e: number) =>
    expectedUtility(problem, terms.quota(d), e, terms.cost(d));

  // Start from the effort a quota at no stance calls for: the stance then moves it little.
  let effort = maximizeScalar((e) => valueOf(0, e), 0, MAX_EFFORT);
  let stance = maximizeScalar((d) => valueOf(d, effort), 0, MAX_STANCE);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const nextStance = refineScalar((d) => valueOf(d, effort), stance, STEP, 0, MAX_STANCE);
    const nextEffort = refineScalar((e) => valueOf(nextStance, e), effort, STEP, 0, MAX_EFFORT);
    const settled = close(nextEffort, effort) && close(nextStance, stance);
    effort = nextEffort;
    stance = nextStance;
    if (settled) break;
  }

  const target = terms.quota(stance);
  const value = expectedUtility(problem, target, effort, terms.cost(stance), problem.fine);
  return { target, effort, lift: effortLift(problem.effort, effort), stance, value };
}

/** Best effort for a quota fixed by someone else. */
export function bestEffortAt(problem: ReplyProblem, quota: number): Reply {
  const effort = effortAt(problem, quota, 0);
  const value = expectedUtility(problem, quota, effort, 0, problem.fine);
  return { target: quota, effort, lift: effortLift(problem.effort, effort), stance: NaN, value };
}

/**
 * What one more unit of quota costs the rep, −dV/dQ, at its chosen effort (by the envelope
 * theorem the effort need not move): the weight of next year's quota in this year's choices.
 */
export function quotaMarginalCost(problem: ReplyProblem, quota: number, effort: number): number {
  const h = quota * 1e-4;
  const at = (q: number) => expectedUtility(problem, q, effort, 0, problem.fine);
  return -(at(quota + h) - at(quota - h)) / (2 * h);
}

/** Best effort for target x, near `around` when given. */
function effortAt(problem: ReplyProblem, x: number, fixedCost: number, around?: number): number {
  const f = (e: number) => expectedUtility(problem, x, e, fixedCost);
  if (around === undefined) return maximizeScalar(f, 0, MAX_EFFORT);
  return refineScalar(f, around, STEP, 0, MAX_EFFORT);
}

/**
 * Best target at an effort, on the coarse grid (its resolution, 1/SEARCH_NODES in probability,
 * is what a risk-averse reply can claim). Near `around` a golden-section search within ±STEP
 * of it suffices; the engine's solver scans the whole belief otherwise.
 */
function targetAt(problem: ReplyProblem, effort: number, around?: number): number {
  const g = effortLift(problem.effort, effort);
  const cost = effortCost(problem.effort, effort);
  const { pay, risk } = problem;
  const rule = (x: number, y: number) => utility(risk, pay(x, y) - cost, 1);
  const scaled = problem.nodes.map((y) => g * y);
  if (around === undefined) return maximizeExpectedPay(rule, scaled);
  const f = (x: number) => expectedPay(rule, x, scaled);
  return refineScalar(f, around, STEP * around, scaled[0], scaled[scaled.length - 1]);
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= ROUND_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}
