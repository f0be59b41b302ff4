/**
 * Self-set targets (the truth-telling family) with behaviour: a strategic rep reports the
 * target and exerts the effort of its best reply; a naive one reports last year's sales of the
 * same period.
 * The company sets no target here, so no ratchet applies. Replies are solved in units of
 * the period's expected sales and shared by every cell with the same unit terms.
 */
import type { PlannedScheme, TruthTellingScheme } from '../types';
import { bestTargetAndEffort, type Reply } from './bestReply';
import { effortCost } from './effort';
import { fillNextMarginals } from './nextMarginals';
import type { SchemeContext } from './planBehaviour';
import { idleBehaviour } from './planBehaviour';
import { cellTerms, rulePay, unitRule, type CellTerms, type PeriodRule } from './periodRule';
import type { RepNodes } from './repNodes';
import type { SchemeBehaviour } from './types';

export function planSelfSet(
  context: SchemeContext,
  planned: PlannedScheme,
  scheme: TruthTellingScheme,
  rule: PeriodRule,
): SchemeBehaviour {
  const { plan, settings, strategic, shifts, lastYear } = context;
  const { reps, periods, expected, logSigma } = plan;
  const behaviour = idleBehaviour(reps, periods);
  behaviour.timing = settings.timing.enabled;
  behaviour.naiveReportsLastYear = true;
  const replies = new Map<string, Reply>();
  const terms: CellTerms = { fixed: 0, cap: Infinity };

  for (let r = 0; r < reps; r++) {
    const first = r * periods;
    if (strategic[r] === 0) {
      // What a naive rep is expected to report; after the first year the trial loop uses the
      // sales it booked a year before.
      planned.target.set(lastYear.subarray(first, first + periods), first);
      continue;
    }

    const nodes = context.nodes(logSigma[first], shifts[r]);
    for (let i = first; i < first + periods; i++) {
      const scale = expected[i];
      if (!(scale > 0)) {
        planned.target[i] = 0;
        continue;
      }
      cellTerms(planned, i, terms);
      const unit = { fixed: 0, cap: terms.cap / scale };
      const base = scheme.floor === 'deduct' ? scheme.basePay / scale : 0;
      const key = `${logSigma[i]} ${shifts[r]} ${unit.cap} ${base}`;
      let reply = replies.get(key);
      if (reply === undefined) {
        // The module planned this cell on the rep's belief: its target is the best at no effort.
        reply = solve(
          context,
          scheme,
          unitRule(rule, scale),
          nodes,
          unit,
          planned.target[i] / scale,
        );
        replies.set(key, reply);
      }

      planned.target[i] = reply.target * scale;
      behaviour.effort[i] = reply.effort;
      behaviour.lift[i] = reply.lift;
      behaviour.effortCost[i] = effortCost(settings.effort, reply.effort) * scale;
    }
    if (behaviour.timing) fillNextMarginals(context, planned, behaviour, rule, r, nodes.coarse);
  }
  return behaviour;
}

/**
 * Separable when the rep is risk-neutral and pay is homogeneous (no cap, base pay not at
 * risk); the best target at no effort is then the module's, the engine's bestTarget on the
 * rep's belief: exact where a closed form exists, the (β − α)/(γ − α) quantile without a floor.
 */
function solve(
  context: SchemeContext,
  scheme: TruthTellingScheme,
  rule: PeriodRule,
  nodes: RepNodes,
  unit: CellTerms,
  moduleTarget: number,
): Reply {
  const { risk, effort } = context.settings;
  const separable = risk.kind === 'neutral' && scheme.floor !== 'deduct' && unit.cap === Infinity;
  const problem = {
    nodes: nodes.coarse,
    fine: nodes.fine,
    pay: (x: number, y: number) => rulePay(rule, x, y, unit.fixed, unit.cap),
    risk,
    effort,
    separable,
  };
  return bestTargetAndEffort(problem, separable ? moduleTarget : undefined);
}
