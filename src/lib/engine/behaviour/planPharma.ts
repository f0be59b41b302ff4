/**
 * The pharmaceutical letter with behaviour. Its quota is the letter's (or the company's
 * haggled one), set before reps choose: a strategic rep picks its effort at that quota and
 * shifts deals around it — pulling them in when short, pushing them out once past it, where
 * each unit pays 0.5% instead of pay·1/Q. A naive rep exerts no extra effort and shifts
 * nothing. Strategic reps do not haggle the letter's quota here, and the review after
 * quarters missed in a row stays out of their choices (periodRule.ts).
 */
import type { PlannedScheme } from '../types';
import type { Reply } from './bestReply';
import { fillLetterEffort } from './letterEffort';
import { fillNextMarginals } from './nextMarginals';
import type { SchemeContext } from './planBehaviour';
import { idleBehaviour } from './planBehaviour';
import type { PeriodRule } from './periodRule';
import type { SchemeBehaviour } from './types';

export function planPharma(
  context: SchemeContext,
  planned: PlannedScheme,
  rule: PeriodRule,
): SchemeBehaviour {
  const { plan, settings, strategic, shifts } = context;
  const { reps, periods, expected, logSigma } = plan;
  const behaviour = idleBehaviour(reps, periods);
  behaviour.timing = settings.timing.enabled;
  const replies = new Map<string, Reply>();
  const unit = (i: number) => ({
    target: planned.target[i] / expected[i],
    fixed: planned.fixedPay[i] / expected[i],
  });

  for (let r = 0; r < reps; r++) {
    if (strategic[r] === 0) continue;
    const nodes = context.nodes(logSigma[r * periods], shifts[r]);
    fillLetterEffort(context, behaviour, rule, r, nodes, unit, replies);
    if (behaviour.timing) fillNextMarginals(context, planned, behaviour, rule, r, nodes.coarse);
  }
  return behaviour;
}
