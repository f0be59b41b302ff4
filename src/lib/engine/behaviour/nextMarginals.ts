/**
 * What a strategic rep expects one more unit of sales to pay in the next period, as it sees
 * pay there (the ratchet's term included): the price against which it weighs moving a deal.
 *
 * That price holds for a few deals, not for a whole period's: past the next period's last
 * kink its pay rises only at its top rate (nothing under the essay's rule with α = 0 or a cap,
 * the excess rate over a quota), so deals pushed there earn that rate and no more. A rep
 * counts a push at the expected marginal only up to what the next period could still add on
 * average above its top rate — the line of the top rate, drawn down from far above, less the
 * expected pay, over the marginal's excess on that rate — and pushes no more (pushCap).
 * Without that bound, free and unlimited shifting made a rep past its target push the whole
 * period on, and the next period on again, to the last one.
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
    const pay = (y: number) =>
      rulePay(rule, x, y, terms.fixed, terms.cap) - w * ratchetStep(x, y, up, down);
    const marginal = expectedMarginal(pay, nodes);
    behaviour.nextMarginal[i] = marginal;
    behaviour.pushCap[i] = pushCap(pay, nodes, marginal);
  }
}

/** Sales, in multiples of the highest belief node, far enough to be past any kink of pay. */
const FAR = 1e6;

/**
 * What a period could still pay on average above its top rate, over `marginal`'s excess on
 * that rate; ∞ where the marginal is the top rate (a push is then worth it at any size).
 */
function pushCap(pay: (y: number) => number, nodes: Float64Array, marginal: number): number {
  let top = 0;
  let expected = 0;
  let mean = 0;
  for (let k = 0; k < nodes.length; k++) {
    top = Math.max(top, nodes[k]);
    expected += pay(nodes[k]);
    mean += nodes[k];
  }
  expected /= nodes.length;
  mean /= nodes.length;
  const far = FAR * Math.max(top, 1);
  const rate = (pay(2 * far) - pay(far)) / far;
  if (!(marginal > rate)) return Infinity;
  // The top rate's line at the mean node, from far above: above every kink it is pay itself.
  const line = pay(far) + rate * (mean - far);
  return Math.max(0, line - expected) / (marginal - rate);
}
