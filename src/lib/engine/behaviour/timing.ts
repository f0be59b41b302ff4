/**
 * Timing games within a year (domain.md §5). At the end of a period a strategic rep knows its
 * sales y and may push s > 0 of them into the next period or pull −s from it, to maximise
 *   G(s) = pay(x, y − s) − w·ΔQ'(x, y − s) + m·s − k·s²/2,
 * m the expected marginal pay of a unit next period, k·s²/2 the cost of moving deals and
 * w·ΔQ' the rep's view of how this period's sales raise next year's quota (the ratchet).
 * Pay is piecewise linear in sales, so G is a concave parabola between the kinks of pay: the
 * maximum is at a bound, a kink or a parabola's vertex, and a handful of candidates decide
 * (payPieces.ts writes the pieces, shiftChoice.ts weighs them). Pay need not be concave (a
 * floor at 0 is flat, then steep), so every piece is weighed.
 * A rep under the essay's rule that has reached its target earns α per further unit now but
 * about β per unit next period, so it pushes deals out; one whose target is out of reach
 * under a floor at 0 earns nothing now and holds its deals back (gives up). Under the
 * pharmaceutical letter a rep short of its quota pulls deals in (pay·1/Q a unit now) and one
 * past it pushes deals out (0.5% now); under the condiment letter pay steps up by the block's
 * commission where a month reaches its target, so a rep just short pulls deals in to reach
 * it and one with a surplus pushes it into the next month, where it helps that target.
 */
import { TABLE_STRIDE, writePieces } from './payPieces';
import { ruleJump, type PeriodRule } from './periodRule';
import { chooseShift, inverseCurvature } from './shiftChoice';

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
  /** k of the cost k·s²/2 of moving s, and its inverse as inverseCurvature gives it. */
  curvature: number;
  inverse: number;
  /** Weight of next year's quota change in this period's pay, and the ratchet's rates. */
  weight: number;
  up: number;
  down: number;
  /** Scratch space: the rule's kinks, a point inside each piece, the slope there and a table. */
  kinks: Float64Array;
  points: Float64Array;
  slopes: Float64Array;
  table: Float64Array;
  /** The decision: > 0 pushes deals out, < 0 pulls them in; and the period's worth after it. */
  shift: number;
  value: number;
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
    inverse: d,
    weight: d,
    up: d,
    down: d,
    kinks: new Float64Array(8),
    points: new Float64Array(8),
    slopes: new Float64Array(8),
    table: new Float64Array(TABLE_STRIDE),
    shift: d,
    value: d,
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
    inverse: 0,
    weight: 0,
    up: 0,
    down: 0,
    shift: 0,
    value: 0,
  });
}

/** The best shift: > 0 pushes deals into the next period, < 0 pulls them from it. */
export function bestShift(input: ShiftInput): number {
  input.inverse = inverseCurvature(input.curvature);
  const pieces = writePieces(input, input.table, 0);
  chooseShift(input, input.table, 0, ruleJump(input.rule, input.fixed), pieces);
  return input.shift;
}

/**
 * Writes each cell's curvature k = cost / s̄ of the cost of moving deals (s̄ the cell's expected
 * sales) and its inverse into `curvature` and `inverse`.
 */
export function writeCurvatures(
  expected: Float64Array,
  cost: number,
  curvature: Float64Array,
  inverse: Float64Array,
): void {
  for (let i = 0; i < expected.length; i++) {
    curvature[i] = cost / expected[i];
    inverse[i] = inverseCurvature(curvature[i]);
  }
}
