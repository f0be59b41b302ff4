/**
 * Effort of a strategic rep under a letter, whose target the company sets: in each cell the
 * best effort at that target, in units of the cell's expected sales. A risk-neutral rep's
 * expected pay has a closed form in the lift g under both letters' rules (lognormal partial
 * expectations), so its effort is a one-dimensional search over exact values; a risk-averse
 * rep's goes through bestEffortAt on the belief's nodes. Replies are shared by cells with the
 * same unit terms, which reps of one volatility mostly have.
 */
import { normalCdf } from '../normalCdf';
import { bestEffortAt, type Reply, type ReplyProblem } from './bestReply';
import { MAX_EFFORT } from './constants';
import { effortCost, effortLift } from './effort';
import { maximizeScalar } from './maximizeScalar';
import type { BehaviourContext } from './planBehaviour';
import { rulePay, type PeriodRule } from './periodRule';
import type { RepNodes } from './repNodes';
import type { EffortSettings, SchemeBehaviour } from './types';
import { exp, log } from '../portableMath';

/** Unit terms of cell i: target and the fixed pay the rule scales, both over expected sales. */
export type UnitTerms = (i: number) => { target: number; fixed: number };

export function fillLetterEffort(
  context: BehaviourContext,
  behaviour: SchemeBehaviour,
  rule: PeriodRule,
  r: number,
  nodes: RepNodes,
  unit: UnitTerms,
  replies: Map<string, Reply>,
): void {
  const { periods, expected, logSigma } = context.plan;
  const { risk, effort } = context.settings;
  const shift = context.shifts[r];

  for (let i = r * periods; i < (r + 1) * periods; i++) {
    const scale = expected[i];
    if (!(scale > 0)) continue;
    const { target, fixed } = unit(i);
    const key = `${logSigma[i]} ${shift} ${target} ${fixed}`;
    let reply = replies.get(key);
    if (reply === undefined) {
      if (risk.kind === 'neutral') {
        const pay = (g: number) =>
          expectedLetterPay(rule, target, fixed, g * exp(shift), logSigma[i]);
        reply = neutralEffort(effort, pay, target);
      } else {
        const problem: ReplyProblem = {
          nodes: nodes.coarse,
          fine: nodes.fine,
          pay: (x, y) => rulePay(rule, x, y, fixed, Infinity),
          risk,
          effort,
          separable: false,
        };
        reply = bestEffortAt(problem, target);
      }
      replies.set(key, reply);
    }
    behaviour.effort[i] = reply.effort;
    behaviour.lift[i] = reply.lift;
    behaviour.effortCost[i] = effortCost(effort, reply.effort) * scale;
  }
}

/** Best effort of a risk-neutral rep, given expected pay as a function of the lift. */
function neutralEffort(settings: EffortSettings, pay: (g: number) => number, target: number) {
  const net = (e: number) => pay(effortLift(settings, e)) - effortCost(settings, e);
  const effort = maximizeScalar(net, 0, MAX_EFFORT);
  const lift = effortLift(settings, effort);
  return { target, effort, lift, stance: NaN, value: net(effort) };
}

/**
 * E[pay(x, W)] for W lognormal with mean m and log-sd σ, under the letters' rules:
 * the quota's f·E[min(1, W/x)] + a·E[(W − x)⁺], and the checkpoint's rate·m + stake·P(W ≥ x),
 * with E[(W − x)⁺] = m·Φ(d) − x·Φ(d − σ), P(W ≥ x) = Φ(d − σ), d = (ln(m/x) + σ²/2)/σ.
 */
export function expectedLetterPay(
  rule: PeriodRule,
  x: number,
  fixed: number,
  m: number,
  sigma: number,
): number {
  const degenerate = !(sigma > 0 && x > 0);
  const d = degenerate ? 0 : (log(m / x) + 0.5 * sigma * sigma) / sigma;
  const above = degenerate ? (m >= x ? 1 : 0) : normalCdf(d - sigma);
  const excess = degenerate ? Math.max(0, m - x) : m * normalCdf(d) - x * above;
  if (rule.kind === 'checkpoint') return rule.rate * m + fixed * above;
  if (rule.kind === 'haggled-quota') {
    const attained = x > 0 ? (m - excess) / x : 1;
    return fixed * attained + rule.excessRate * excess;
  }
  throw new RangeError('expectedLetterPay knows the letters’ rules only');
}
