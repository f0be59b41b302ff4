/**
 * Timing games within a year (domain.md §5). At the end of a period a strategic rep knows its
 * sales y and may push s > 0 of them into the next period or pull −s from it, to maximise
 *   G(s) = pay(x, y − s) − w·ΔQ'(x, y − s) + m·s − k·s²/2,
 * m the expected marginal pay of a unit next period, k·s²/2 the cost of moving deals and
 * w·ΔQ' the rep's view of how this period's sales raise next year's quota (the ratchet).
 * Pay is piecewise linear in sales, so G is a concave parabola between the kinks of pay: the
 * maximum is at a bound, a kink or a parabola's vertex, and a handful of candidates decide.
 * A rep under the essay's rule that has reached its target earns α per further unit now but
 * about β per unit next period, so it pushes deals out; one whose target is out of reach
 * under a floor at 0 earns nothing now and holds its deals back (gives up).
 */
import { MARGINAL_STEP } from './constants';
import { ruleKinks, rulePay, type CellTerms, type PeriodRule } from './periodRule';
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
  /** Scratch space: sorted breakpoints, pay at each, and the rule's kinks. */
  points: Float64Array;
  values: Float64Array;
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
    points: new Float64Array(16),
    values: new Float64Array(16),
    kinks: new Float64Array(8),
  };
}

/** Pay as the rep sees it: the rule's pay less the weighted change of next year's quota. */
export function viewedPay(input: ShiftInput, y: number): number {
  const pay = rulePay(input.rule, input.target, y, input.terms);
  if (input.weight === 0) return pay;
  return pay - input.weight * ratchetStep(input.target, y, input.up, input.down);
}

/** The best shift: > 0 pushes deals into the next period, < 0 pulls them from it. */
export function bestShift(input: ShiftInput): number {
  const { sales, maxPull, maxPush, curvature, nextMarginal, points, values, kinks } = input;
  if (maxPull === 0 && maxPush === 0) return 0;

  // Breakpoints in s, ascending: the bounds, no shift, and every kink of pay in range.
  let n = insert(points, 0, -maxPull, input);
  n = insert(points, n, 0, input);
  n = insert(points, n, maxPush, input);
  const count = ruleKinks(input.rule, input.target, input.terms, kinks);
  for (let j = 0; j < count; j++) n = insert(points, n, sales - kinks[j], input);
  for (let j = 0; j < n; j++) values[j] = viewedPay(input, sales - points[j]);

  // Pay is linear between breakpoints, so a vertex's pay is interpolated, not recomputed.
  let best = 0;
  let bestValue = -Infinity;
  for (let j = 0; j < n; j++) {
    const a = points[j];
    const value = values[j] + nextMarginal * a - 0.5 * curvature * a * a;
    if (value > bestValue || (value === bestValue && Math.abs(a) < Math.abs(best))) {
      best = a;
      bestValue = value;
    }
    if (j + 1 === n || curvature === 0 || !(points[j + 1] > a)) continue;

    const slope = (values[j] - values[j + 1]) / (points[j + 1] - a);
    const vertex = (nextMarginal - slope) / curvature;
    if (!(vertex > a && vertex < points[j + 1])) continue;
    const atVertex =
      values[j] - slope * (vertex - a) + nextMarginal * vertex - 0.5 * curvature * vertex * vertex;
    if (atVertex > bestValue) {
      best = vertex;
      bestValue = atVertex;
    }
  }
  return best;
}

/** Inserts s into the first n sorted points if it lies within the bounds; returns the count. */
function insert(points: Float64Array, n: number, s: number, input: ShiftInput): number {
  if (!(s >= -input.maxPull && s <= input.maxPush)) return n;
  let j = n;
  while (j > 0 && points[j - 1] > s) {
    points[j] = points[j - 1];
    j--;
  }
  points[j] = s;
  return n + 1;
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
