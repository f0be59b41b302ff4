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
 * under a floor at 0 earns nothing now and holds its deals back (gives up). Under the
 * pharmaceutical letter a rep short of its quota pulls deals in (pay·1/Q a unit now) and one
 * past it pushes deals out (0.5% now); under the condiment letter pay steps up by the block's
 * commission where a month reaches its target, so a rep just short pulls deals in to reach
 * it and one with a surplus pushes it into the next month, where it helps that target.
 */
import { MARGINAL_STEP } from './constants';
import { ruleKinks, rulePay, ruleSlopes, type PeriodRule } from './periodRule';
import { ratchetStep } from './ratchet';

/** Inputs of one decision; one object is reused for every cell, so deciding allocates nothing. */
export interface ShiftInput {
  rule: PeriodRule;
  /** The cell's fixed pay and cap on pay. */
  fixed: number;
  cap: number;
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
  /** Scratch space: the rule's kinks, a point inside each piece and the slope there. */
  kinks: Float64Array;
  points: Float64Array;
  slopes: Float64Array;
  /** The decision: > 0 pushes deals out, < 0 pulls them in. */
  shift: number;
}

/**
 * A fresh input: no shift possible, no ratchet. Its numbers are first set to a fraction on
 * purpose: V8 then stores every field as a double it overwrites in place, whereas a field
 * that began as a small integer may be widened to boxed numbers, and each later store of a
 * fraction, once per rep-period and trial, would allocate.
 */
export function shiftInput(rule: PeriodRule): ShiftInput {
  const d = 0.5;
  const input: ShiftInput = {
    rule,
    fixed: d,
    cap: d,
    target: d,
    sales: d,
    nextMarginal: d,
    maxPull: d,
    maxPush: d,
    curvature: d,
    weight: d,
    up: d,
    down: d,
    kinks: new Float64Array(8),
    points: new Float64Array(8),
    slopes: new Float64Array(8),
    shift: d,
  };
  return Object.assign(input, {
    fixed: 0,
    cap: Infinity,
    target: 0,
    sales: 0,
    nextMarginal: 0,
    maxPull: 0,
    maxPush: 0,
    curvature: 0,
    weight: 0,
    up: 0,
    down: 0,
    shift: 0,
  });
}

/** Pay as the rep sees it: the rule's pay less the weighted change of next year's quota. */
export function viewedPay(input: ShiftInput, y: number): number {
  const pay = rulePay(input.rule, input.target, y, input.fixed, input.cap);
  if (input.weight === 0) return pay;
  return pay - input.weight * ratchetStep(input.target, y, input.up, input.down);
}

/** The best shift: > 0 pushes deals into the next period, < 0 pulls them from it. */
export function bestShift(input: ShiftInput): number {
  decideShift(input);
  return input.shift;
}

/** Kinks of pay a cell may have, and so the stride of precomputed piece tables. */
export const PIECE_STRIDE = 4;

/**
 * Writes the best shift into input.shift: finds the pieces of pay (shiftPieces), then walks
 * them (walkShift). Nothing here returns a number from a call, because V8 boxes such numbers
 * on the heap unless the call is inlined, and this runs for every rep-period of every trial.
 */
export function decideShift(input: ShiftInput): void {
  input.shift = 0;
  if (input.maxPull === 0 && input.maxPush === 0) return;
  walkShift(input, input.kinks, input.slopes, 0, shiftPieces(input, input.kinks, input.slopes, 0));
}

/**
 * Writes the sorted kinks of pay as the rep sees it into kinks[at…] and the slope of each of
 * the pieces they cut sales into into slopes[at…]; returns the number of kinks (at most 3).
 * They depend on the cell's target and terms, not on its sales: a trial loop may keep them.
 */
export function shiftPieces(
  input: ShiftInput,
  kinks: Float64Array,
  slopes: Float64Array,
  at: number,
): number {
  const { points, kinks: own } = input;
  const count = ruleKinks(input.rule, input.target, input.cap, own);
  sortSmall(own, count);
  // The slope of each piece, taken at a point inside it.
  for (let j = 0; j <= count; j++) {
    const left = j === 0 ? own[0] - 1 : own[j - 1];
    const right = j === count ? own[count - 1] + 1 : own[j];
    points[j] = 0.5 * (left + right);
  }
  ruleSlopes(input.rule, input.target, input.fixed, input.cap, points, count + 1, input.slopes);
  for (let j = 0; j <= count; j++) {
    let slope = input.slopes[j];
    if (input.weight !== 0) {
      slope -= input.weight * (points[j] > input.target ? input.up : input.down);
    }
    slopes[at + j] = slope;
    if (j < count) kinks[at + j] = own[j];
  }
  return count;
}

/**
 * The best shift given the pieces at kinks[at…] and slopes[at…]. Walks the linear pieces of
 * pay down from y (pushing) and up from y (pulling), keeping G(s) − G(0) from the slopes
 * alone, and takes each piece's best point: its vertex, clipped to the piece.
 */
export function walkShift(
  input: ShiftInput,
  kinks: Float64Array,
  slopes: Float64Array,
  at: number,
  count: number,
): void {
  const { sales, maxPull, maxPush, curvature, nextMarginal } = input;
  input.shift = 0;
  if (maxPull === 0 && maxPush === 0) return;

  let best = 0;
  let bestGain = 0;
  // Pay steps up by `jump` at the target: each piece is closed at its lower end, so sales that
  // fall below the target lose the step and sales pulled up to it gain it.
  const target = input.target;
  // Written out rather than through ruleJump: a number returned from a call may be boxed.
  const jump = input.rule.kind === 'checkpoint' ? input.fixed : 0;

  // Pushing s: sales fall to sales − s; on a piece of slope a, G' = m − a − k·s.
  let start = 0;
  let gain = 0;
  let j = 0;
  while (j < count && kinks[at + j] < sales) j++;
  // Sales exactly at the target sit on the lower end of the piece above: any push loses it.
  if (sales === target) gain -= jump;
  while (start < maxPush && j >= 0) {
    const floor = j > 0 ? kinks[at + j - 1] : -Infinity;
    const end = j > 0 ? Math.min(maxPush, sales - floor) : maxPush;
    const drift = nextMarginal - slopes[at + j];
    j--;
    if (end > start) {
      const vertex = curvature > 0 ? drift / curvature : drift > 0 ? end : start;
      const s = Math.min(end, Math.max(start, vertex));
      const at = gain + drift * (s - start) - 0.5 * curvature * (s * s - start * start);
      if (at > bestGain) {
        best = s;
        bestGain = at;
      }
      gain += drift * (end - start) - 0.5 * curvature * (end * end - start * start);
      start = end;
    }
    if (floor === target) gain -= jump;
  }

  // Pulling t = −s: sales rise to sales + t; on a piece of slope a, dG/dt = a − m − k·t.
  start = 0;
  gain = 0;
  j = 0;
  while (j < count && kinks[at + j] <= sales) j++;
  while (start < maxPull && j <= count) {
    const ceiling = j < count ? kinks[at + j] : Infinity;
    const end = j < count ? Math.min(maxPull, ceiling - sales) : maxPull;
    const drift = slopes[at + j] - nextMarginal;
    j++;
    if (end > start) {
      const vertex = curvature > 0 ? drift / curvature : drift > 0 ? end : start;
      const t = Math.min(end, Math.max(start, vertex));
      const at = gain + drift * (t - start) - 0.5 * curvature * (t * t - start * start);
      if (at > bestGain) {
        best = -t;
        bestGain = at;
      }
      gain += drift * (end - start) - 0.5 * curvature * (end * end - start * start);
      start = end;
    }
    if (ceiling === target && ceiling - sales <= maxPull) {
      gain += jump;
      // The target itself, reached exactly, may be the best point when moving costs.
      if (gain > bestGain) {
        best = -start;
        bestGain = gain;
      }
    }
  }
  input.shift = best;
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
