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
import { MARGINAL_STEP } from './constants';
import type { BehaviourContext } from './planBehaviour';
import { cellTerms, rulePays, type CellTerms, type PeriodRule } from './periodRule';
import { ratchetStep } from './ratchet';
import type { SchemeBehaviour } from './types';

/**
 * Fills nextMarginal for every cell of rep r but its last; `coarse` is its unit belief grid.
 * Pay is read once per cell at every level the two figures need, then they are taken from it.
 */
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
  const n = coarse.length;
  // The levels pay is read at: the nodes, a step above and below each, and two far above.
  const at = new Float64Array(3 * n + 2);
  const pay = new Float64Array(3 * n + 2);

  for (let i = r * periods; i < (r + 1) * periods - 1; i++) {
    const next = i + 1;
    cellTerms(planned, next, terms);
    const scale = expected[next] * behaviour.lift[next];
    let top = 0;
    for (let k = 0; k < n; k++) {
      const y = scale * coarse[k];
      const h = step(y);
      at[k] = y;
      at[n + k] = y + h;
      at[2 * n + k] = y - h;
      top = Math.max(top, y);
    }
    const far = FAR * Math.max(top, 1);
    at[3 * n] = far;
    at[3 * n + 1] = 2 * far;

    const x = planned.target[next];
    const w = behaviour.ratchetWeight[next];
    rulePays(rule, x, terms.fixed, terms.cap, at, at.length, pay);
    // Without a ratchet's term the subtraction leaves pay alone (at most a zero's sign, which
    // no sum below keeps).
    if (w !== 0) for (let j = 0; j < at.length; j++) pay[j] -= w * ratchetStep(x, at[j], up, down);
    const marginal = expectedMarginal(pay, at, n);
    behaviour.nextMarginal[i] = marginal;
    behaviour.pushCap[i] = pushCap(pay, at, n, marginal);
  }
}

/** The relative step of the central differences, at sales y. */
function step(y: number): number {
  return MARGINAL_STEP * Math.max(y, Number.MIN_VALUE);
}

/** E[d pay/dY] by central differences over the n nodes, from pay read where `at` says. */
function expectedMarginal(pay: Float64Array, at: Float64Array, n: number): number {
  let sum = 0;
  for (let k = 0; k < n; k++) sum += (pay[n + k] - pay[2 * n + k]) / (2 * step(at[k]));
  return sum / n;
}

/** Sales, in multiples of the highest belief node, far enough to be past any kink of pay. */
const FAR = 1e6;

/**
 * What a period could still pay on average above its top rate, over `marginal`'s excess on
 * that rate; ∞ where the marginal is the top rate (a push is then worth it at any size).
 */
function pushCap(pay: Float64Array, at: Float64Array, n: number, marginal: number): number {
  let expected = 0;
  let mean = 0;
  for (let k = 0; k < n; k++) {
    expected += pay[k];
    mean += at[k];
  }
  expected /= n;
  mean /= n;
  const far = at[3 * n];
  const rate = (pay[3 * n + 1] - pay[3 * n]) / far;
  if (!(marginal > rate)) return Infinity;
  // The top rate's line at the mean node, from far above: above every kink it is pay itself.
  const line = pay[3 * n] + rate * (mean - far);
  return Math.max(0, line - expected) / (marginal - rate);
}
