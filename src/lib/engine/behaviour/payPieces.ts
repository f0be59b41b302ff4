/**
 * Pay as a rep sees it in one period, written as a table of linear pieces so that a timing
 * decision needs no call to the rule: piece j covers sales z in [left, right) and pays
 * slope·z + intercept there. The table depends on the cell's target and terms, not on its
 * sales, so a trial loop may keep it for a block.
 *
 * A table has PIECES pieces, laid out by field (every left edge, then every right edge, then
 * the slopes, then the intercepts) so that two pieces load as one pair of doubles. A rule with
 * fewer pieces repeats its last one. A checkpoint's stake, the step at the target, is left
 * out: it changes from trial to trial (a missed month of the block forfeits it), so the
 * decision adds it to the pieces at and above the target.
 */
import { rulePay, ruleKinks, ruleSlopes } from './periodRule';
import { ratchetStep } from './ratchet';
import type { ShiftInput } from './timing';

/** Pieces in a table: the rules have at most three kinks. */
export const PIECES = 4;

/** Doubles in a table: a left edge, a right edge, a slope and an intercept per piece. */
export const TABLE_STRIDE = 4 * PIECES;

/** Where each field's PIECES values start within a table. */
export const LEFT = 0;
export const RIGHT = PIECES;
export const SLOPE = 2 * PIECES;
export const INTERCEPT = 3 * PIECES;

/**
 * Writes the table of `input`'s cell (its rule, target, fixed pay, cap and the ratchet's
 * terms) into table[at…] and returns how many pieces the rule has. Each piece's slope and
 * level are taken at a point inside it, where no kink or step makes them ambiguous.
 */
export function writePieces(input: ShiftInput, table: Float64Array, at: number): number {
  const { rule, target, cap, weight, up, down, kinks, points, slopes } = input;
  const fixed = rule.kind === 'checkpoint' ? 0 : input.fixed;
  const count = ruleKinks(rule, target, cap, kinks);
  sortSmall(kinks, count);

  for (let j = 0; j <= count; j++) {
    const left = j === 0 ? kinks[0] - 1 : kinks[j - 1];
    const right = j === count ? kinks[count - 1] + 1 : kinks[j];
    points[j] = 0.5 * (left + right);
  }
  ruleSlopes(rule, target, fixed, cap, points, count + 1, slopes);

  for (let j = 0; j <= count; j++) {
    const p = points[j];
    let slope = slopes[j];
    let level = rulePay(rule, target, p, fixed, cap);
    if (weight !== 0) {
      slope -= weight * (p > target ? up : down);
      level -= weight * ratchetStep(target, p, up, down);
    }
    table[at + LEFT + j] = j === 0 ? -Infinity : kinks[j - 1];
    table[at + RIGHT + j] = j === count ? Infinity : kinks[j];
    table[at + SLOPE + j] = slope;
    table[at + INTERCEPT + j] = level - slope * p;
  }
  // Pieces past the rule's last repeat it, so the table always has PIECES of them.
  for (let j = count + 1; j < PIECES; j++) {
    for (let field = 0; field < TABLE_STRIDE; field += PIECES) {
      table[at + field + j] = table[at + field + count];
    }
  }
  return count + 1;
}

/**
 * The sales from which the table's pay is concave: the left edge of its highest piece whose
 * slope is steeper than the slope below it, or −∞ where none is (the rules' pay is continuous,
 * so slopes decide). Above it the best shift needs no weighing of each piece (chooseShift).
 * A table with a NaN (a target of 0 makes a quota's slope 0/0) is concave nowhere: weighing
 * every piece keeps such a cell where it is.
 */
export function concaveFrom(table: Float64Array, at: number): number {
  let from = -Infinity;
  for (let j = 0; j < PIECES; j++) {
    for (let field = 0; field < TABLE_STRIDE; field += PIECES) {
      if (Number.isNaN(table[at + field + j])) return Infinity;
    }
    const slope = table[at + SLOPE + j];
    if (j > 0 && slope > table[at + SLOPE + j - 1]) from = table[at + LEFT + j];
  }
  return from;
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
