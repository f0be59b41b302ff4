/**
 * The best shift of one period's sales from its table of pieces of pay (payPieces.ts). Moving
 * s leaves z = y − s sold now, and the rep's objective
 *   V(z) = pay(z) + m·(y − z) − k·(y − z)²/2
 * is a concave parabola on each piece. Its best point on a piece is the parabola's vertex
 * clipped to the piece and to the sales the bounds allow, [y − maxPush, y + maxPull]; the best
 * shift is that of the piece whose point is worth most, if it is worth more than staying.
 *
 * Where pay is concave on all the sales the bounds allow (they lie above concaveFrom's point),
 * so is V, and its best point needs no weighing: V rises on each piece up to the piece's
 * vertex, so the best sales are the highest of the vertices, each cut at its piece's right
 * edge, held to the bounds; staying is worth no more. Pay there is the least of the lines of
 * the pieces that end above it, which concavity makes the line of the piece holding it. This
 * way and weighing agree but for rounding at near ties, and the WebAssembly pass takes the
 * same way for the same decision.
 *
 * Elsewhere every piece is weighed the same way; the pieces are compared in pairs, 0 with 2
 * and 1 with 3 and then the two winners, because the WebAssembly pass (realise.wat) takes them
 * two at a time, without a branch on the sales, and must give the same bits. A tie goes to the
 * earlier piece, and staying wins every tie. Both ways take the same pairs and the same
 * operations as the WebAssembly pass, whose pmin and pmax the ternaries below spell out.
 */
import { concaveFrom, INTERCEPT, LEFT, PIECES, RIGHT, SLOPE } from './payPieces';
import type { PeriodRule } from './periodRule';
import type { ShiftInput } from './timing';

/** 1/k where moving deals costs nothing: large enough to reach any bound, and no NaN at 0·∞. */
const MAX_INVERSE = 1e300;

/** The inverse of the cost curvature k, as chooseShift reads it. */
export function inverseCurvature(curvature: number): number {
  return Math.min(1 / curvature, MAX_INVERSE);
}

/**
 * The sales from which chooseShift takes the table's pay as concave. A checkpoint's step at
 * the target is not in the table, so its pay never is.
 */
export function concaveStart(rule: PeriodRule, table: Float64Array, at: number): number {
  return rule.kind === 'checkpoint' ? Infinity : concaveFrom(table, at);
}

/**
 * Writes the best shift into input.shift (> 0 pushes deals out, < 0 pulls them in) and what
 * the period is worth after it, V, into input.value. `jump` is the step of pay at the target,
 * which the table leaves out (a checkpoint's stake, or 0); `pieces` is how many pieces of the
 * table are the rule's own. The repeats after them never beat the piece they repeat, so the
 * pairing below gives what it gives on all PIECES, with fewer weighed. `from` is the table's
 * concaveStart, which a trial loop finds once per table rather than per decision.
 */
export function chooseShift(
  input: ShiftInput,
  table: Float64Array,
  at: number,
  jump: number,
  pieces: number,
  from = concaveStart(input.rule, table, at),
): void {
  const { sales: y, nextMarginal: m, curvature, inverse, target } = input;
  const lo = y - input.maxPush;
  const hi = y + input.maxPull;
  const half = 0.5 * curvature;
  if (lo > from) {
    // Pieces 0 and 2 in one lane, 1 and 3 in the other, as the WebAssembly pass loads them.
    const count = pieces > 2 ? PIECES : 2;
    let evenCut = -Infinity;
    let oddCut = -Infinity;
    for (let j = 0; j < count; j += 2) {
      // Each vertex cut at its piece's right edge, which a NaN vertex leaves.
      const even = y + (table[at + SLOPE + j] - m) * inverse;
      const evenRight = table[at + RIGHT + j];
      const evenAt = even < evenRight ? even : evenRight;
      evenCut = evenCut < evenAt ? evenAt : evenCut;
      const odd = y + (table[at + SLOPE + j + 1] - m) * inverse;
      const oddRight = table[at + RIGHT + j + 1];
      const oddAt = odd < oddRight ? odd : oddRight;
      oddCut = oddCut < oddAt ? oddAt : oddCut;
    }
    const highest = evenCut < oddCut ? oddCut : evenCut;
    const raised = highest < lo ? lo : highest;
    const z = hi < raised ? hi : raised;
    const s = y - z;
    // Pay at z: the least of the lines of the pieces that end above it (+∞ for the others).
    let evenPay = Infinity;
    let oddPay = Infinity;
    for (let j = 0; j < count; j += 2) {
      const even =
        table[at + SLOPE + j] * z +
        table[at + INTERCEPT + j] +
        (table[at + RIGHT + j] > z ? 0 : Infinity);
      evenPay = even < evenPay ? even : evenPay;
      const odd =
        table[at + SLOPE + j + 1] * z +
        table[at + INTERCEPT + j + 1] +
        (table[at + RIGHT + j + 1] > z ? 0 : Infinity);
      oddPay = odd < oddPay ? odd : oddPay;
    }
    const pay = oddPay < evenPay ? oddPay : evenPay;
    input.shift = s;
    input.value = pay + m * s - half * s * s;
    return;
  }
  // The better of pieces 0 and 2 and of pieces 1 and 3, then the better of those two.
  let even = -Infinity;
  let evenShift = 0;
  let odd = -Infinity;
  let oddShift = 0;
  let stay = -Infinity;

  for (let j = 0; j < pieces; j++) {
    const left = table[at + LEFT + j];
    const right = table[at + RIGHT + j];
    const slope = table[at + SLOPE + j];
    const intercept = table[at + INTERCEPT + j] + (left >= target ? jump : 0);
    // Written as WebAssembly's pmax and pmin (a < b ? b : a and b < a ? b : a).
    const low = left < lo ? lo : left;
    const high = hi < right ? hi : right;
    const vertex = y + (slope - m) * inverse;
    const clipped = low < vertex ? vertex : low;
    const z = high < clipped ? high : clipped;
    const s = y - z;
    const value = low <= high ? slope * z + intercept + m * s - half * s * s : -Infinity;
    if ((j & 1) === 0 && value > even) {
      even = value;
      evenShift = s;
    } else if ((j & 1) === 1 && value > odd) {
      odd = value;
      oddShift = s;
    }
    if (left <= y && y < right) stay = slope * y + intercept;
  }

  const best = odd > even ? odd : even;
  const shift = odd > even ? oddShift : evenShift;
  input.shift = best > stay ? shift : 0;
  input.value = best > stay ? best : stay;
}
