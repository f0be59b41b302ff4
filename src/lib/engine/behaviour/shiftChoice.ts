/**
 * The best shift of one period's sales from its table of pieces of pay (payPieces.ts). Moving
 * s leaves z = y − s sold now, and the rep's objective
 *   V(z) = pay(z) + m·(y − z) − k·(y − z)²/2
 * is a concave parabola on each piece. Its best point on a piece is the parabola's vertex
 * clipped to the piece and to the sales the bounds allow, [y − maxPush, y + maxPull]; the best
 * shift is that of the piece whose point is worth most, if it is worth more than staying.
 *
 * Every piece is weighed the same way with no branch on the sales, since random sales would
 * mispredict one; the pieces are compared in pairs, 0 with 2 and 1 with 3 and then the two
 * winners, because the WebAssembly pass (realise.wat) takes them two at a time and must give
 * the same bits. A tie goes to the earlier piece, and staying wins every tie.
 */
import { INTERCEPT, LEFT, PIECES, RIGHT, SLOPE } from './payPieces';
import type { ShiftInput } from './timing';

/** 1/k where moving deals costs nothing: large enough to reach any bound, and no NaN at 0·∞. */
const MAX_INVERSE = 1e300;

/** The inverse of the cost curvature k, as chooseShift reads it. */
export function inverseCurvature(curvature: number): number {
  return Math.min(1 / curvature, MAX_INVERSE);
}

/**
 * Writes the best shift into input.shift (> 0 pushes deals out, < 0 pulls them in) and what
 * the period is worth after it, V, into input.value. `jump` is the step of pay at the target,
 * which the table leaves out (a checkpoint's stake, or 0).
 */
export function chooseShift(input: ShiftInput, table: Float64Array, at: number, jump: number) {
  const { sales: y, nextMarginal: m, curvature, inverse, target, lanes } = input;
  const lo = y - input.maxPush;
  const hi = y + input.maxPull;
  const half = 0.5 * curvature;

  for (let j = 0; j < PIECES; j++) {
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
    const value = slope * z + intercept + m * s - half * s * s;
    lanes[j] = low <= high ? value : -Infinity;
    lanes[PIECES + j] = s;
    lanes[2 * PIECES + j] = left <= y && y < right ? slope * y + intercept : -Infinity;
  }

  // Pieces 0 with 2 and 1 with 3, then the two winners.
  for (let j = 0; j < 2; j++) {
    if (lanes[j + 2] > lanes[j]) {
      lanes[j] = lanes[j + 2];
      lanes[PIECES + j] = lanes[PIECES + j + 2];
    }
    const a = lanes[2 * PIECES + j];
    const b = lanes[2 * PIECES + j + 2];
    lanes[2 * PIECES + j] = a < b ? b : a;
  }
  const second = lanes[1] > lanes[0] ? 1 : 0;
  const best = lanes[second];
  const a = lanes[2 * PIECES];
  const b = lanes[2 * PIECES + 1];
  const stay = a < b ? b : a;
  input.shift = best > stay ? lanes[PIECES + second] : 0;
  input.value = best > stay ? best : stay;
}
