/**
 * What a strategic rep expects one more unit of sales to pay in the next period, as it sees
 * pay there (the ratchet's term included): the price against which it weighs moving a deal.
 */
import type { PlannedScheme } from '../types';
import type { BehaviourContext } from './planBehaviour';
import { cellTerms, rulePay, type CellTerms, type PeriodRule } from './periodRule';
import { ratchetStep } from './ratchet';
import { expectedMarginal } from './timing';
import type { SchemeBehaviour } from './types';

/** Fills nextMarginal for every cell of rep r but its last; `coarse` is its unit belief grid. */
export function fillNextMarginals(
  context: BehaviourContext,
  planned: PlannedScheme,
  behaviour: SchemeBehaviour,
  rule: PeriodRule,
  r: number,
  coarse: Float64Array,
): void {
  const { periods, expected } = context.plan;
  const { up, down } = context.settings.ratchet;
  const terms: CellTerms = { fixed: 0, cap: Infinity };
  const nodes = new Float64Array(coarse.length);

  for (let i = r * periods; i < (r + 1) * periods - 1; i++) {
    const next = i + 1;
    cellTerms(planned, next, terms);
    const scale = expected[next] * behaviour.lift[next];
    for (let k = 0; k < nodes.length; k++) nodes[k] = scale * coarse[k];

    const x = planned.target[next];
    const w = behaviour.ratchetWeight[next];
    behaviour.nextMarginal[i] = expectedMarginal(
      (y) => rulePay(rule, x, y, terms.fixed, terms.cap) - w * ratchetStep(x, y, up, down),
      nodes,
    );
  }
}
