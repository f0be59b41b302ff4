/**
 * Timing games within a year (domain.md §5). At the end of a period a strategic rep knows its
 * sales y and may push s > 0 of them into the next period or pull −s from it, to maximise
 *   G(s) = pay(x, y − s) − w·ΔQ'(x, y − s) + m·s − k·s²/2,
 * m the expected marginal pay of a unit next period, k·s²/2 the cost of moving deals and
 * w·ΔQ' the rep's view of how this period's sales raise next year's quota (the ratchet).
 * Pay is piecewise linear in sales, so G is a concave parabola between the kinks of pay: the
 * maximum is at a bound, a kink or a parabola's vertex, and a handful of candidates decide.
 * Pay need not be concave (a floor at 0 is flat, then steep), so every piece is visited.
 * A rep under the essay's rule that has reached its target earns α per further unit now but
 * about β per unit next period, so it pushes deals out; one whose target is out of reach
 * under a floor at 0 earns nothing now and holds its deals back (gives up).
 */
import { MARGINAL_STEP } from './constants';
import { ruleKinks, rulePay, ruleSlope, type CellTerms, type PeriodRule } from './periodRule';
import { ratchetStep } from './ratchet';

/** Inputs of one decision; one object is reused for every cell, so deciding allocates nothing. */
export interface ShiftInput {
  rule: PeriodRule;
  terms: CellTerms;
  target: number;
  /** Sales of the period, deals pushed in from the previous one included. */
  sales: number;
  nextMarginal: number;
  /** Most that can be pulled from the next period and pushed into it (both ≥ 0). */
  maxPull: number;
  maxPush: number;
  /** k of the cost k·s²/2 of moving s. */
  curvature: number;
  /** Weight of next year's quota change in this period's pay, and the ratchet's rates. */
  weight: number;
  up: number;
  down: number;
  /** Scratch space for the rule's kinks. */
  kinks: Float64Array;
}

export function shiftInput(rule: PeriodRule): ShiftInput {
  return {
    rule,
    terms: { fixed: 0, cap: Infinity },
    target: 0,
    sales: 0,
    nextMarginal: 0,
    maxPull: 0,
    maxPush: 0,
    curvature: 0,
    weight: 0,
    up: 0,
    down: 0,
    kinks: new Float64Array(8),
  };
}

/** Pay as the rep sees it: the rule's pay less the weighted change of next year's quota. */
export function viewedPay(input: ShiftInput, y: number): number {
  const pay = rulePay(input.rule, input.target, y, input.terms);
  if (input.weight === 0) return pay;
  return pay - input.weight * ratchetStep(input.target, y, input.up, input.down);
}

/** The slope of viewedPay inside a linear piece. */
function viewedSlope(input: ShiftInput, y: number): number {
  const slope = ruleSlope(input.rule, input.target, y, input.terms);
  if (input.weight === 0) return slope;
  return slope - input.weight * (y > input.target ? input.up : input.down);
}

/**
 * The best shift: > 0 pushes deals into the next period, < 0 pulls them from it. Walks the
 * linear pieces of pay down from y (pushing) and up from y (pulling), keeping G(s) − G(0)
 * from the slopes alone, and takes each piece's best point: its vertex, clipped to the piece.
 */
export function bestShift(input: ShiftInput): number {
  const { sales, maxPull, maxPush, curvature, nextMarginal, kinks } = input;
  if (maxPull === 0 && maxPush === 0) return 0;
  const count = ruleKinks(input.rule, input.target, input.terms, kinks);
  sortSmall(kinks, count);

  let best = 0;
  let bestGain = 0;

  // Pushing s: sales fall to sales − s; on a piece of slope a, G' = m − a − k·s.
  let start = 0;
  let gain = 0;
  let j = count - 1;
  while (j >= 0 && !(kinks[j] < sales)) j--;
  while (start < maxPush) {
    const end = j >= 0 ? Math.min(maxPush, sales - kinks[j]) : maxPush;
    j--;
    if (!(end > start)) continue;
    const drift = nextMarginal - viewedSlope(input, sales - 0.5 * (start + end));
    const s = clip(curvature > 0 ? drift / curvature : drift > 0 ? end : start, start, end);
    const at = gain + drift * (s - start) - 0.5 * curvature * (s * s - start * start);
    if (at > bestGain) {
      best = s;
      bestGain = at;
    }
    gain += drift * (end - start) - 0.5 * curvature * (end * end - start * start);
    start = end;
  }

  // Pulling t = −s: sales rise to sales + t; on a piece of slope a, dG/dt = a − m − k·t.
  start = 0;
  gain = 0;
  j = 0;
  while (j < count && !(kinks[j] > sales)) j++;
  while (start < maxPull) {
    const end = j < count ? Math.min(maxPull, kinks[j] - sales) : maxPull;
    j++;
    if (!(end > start)) continue;
    const drift = viewedSlope(input, sales + 0.5 * (start + end)) - nextMarginal;
    const t = clip(curvature > 0 ? drift / curvature : drift > 0 ? end : start, start, end);
    const at = gain + drift * (t - start) - 0.5 * curvature * (t * t - start * start);
    if (at > bestGain) {
      best = -t;
      bestGain = at;
    }
    gain += drift * (end - start) - 0.5 * curvature * (end * end - start * start);
    start = end;
  }
  return best;
}

function clip(value: number, lo: number, hi: number): number {
  return value < lo ? lo : value > hi ? hi : value;
}

/** Insertion sort of the first n values: the rules have at most three kinks. */
function sortSmall(values: Float64Array, n: number): void {
  for (let i = 1; i < n; i++) {
    const v = values[i];
    let j = i;
    while (j > 0 && values[j - 1] > v) {
      values[j] = values[j - 1];
      j--;
    }
    values[j] = v;
  }
}

/** E[d pay/dY] by central differences over belief nodes of the next period's sales. */
export function expectedMarginal(pay: (y: number) => number, nodes: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < nodes.length; k++) {
    const h = MARGINAL_STEP * Math.max(nodes[k], Number.MIN_VALUE);
    sum += (pay(nodes[k] + h) - pay(nodes[k] - h)) / (2 * h);
  }
  return sum / nodes.length;
}
