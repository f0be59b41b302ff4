/**
 * Tables of pieces of pay (payPieces.ts), written once per block. A strategic rep's target is
 * the plan's except where a ratchet moves it, and a table depends on the target and the cell's
 * terms only, so the trial loop reads the table instead of writing it again. A checkpoint's
 * stake is the step, which is not in the table (the decision adds it).
 */
import type { SimPlan } from '../types';
import { TABLE_STRIDE, writePieces } from './payPieces';
import type { ShiftInput } from './timing';
import type { BehaviourPlan } from './types';

/** Tables of pieces per cell, kept for the block where they do not change between trials. */
export interface Pieces {
  table: Float64Array;
  /** The rule's own pieces in each cell's table, or 0 where the trial loop writes it itself. */
  counts: Uint8Array;
  /** The most pieces any kept table has (the others repeat their last piece up to PIECES). */
  widest: number;
}

/** The tables of scheme s's pay in every strategic rep's cells that a ratchet leaves alone. */
export function fixedPieces(
  plan: SimPlan,
  behaviour: BehaviourPlan,
  s: number,
  input: ShiftInput | undefined,
): Pieces {
  const cells = plan.reps * plan.periods;
  const b = behaviour.schemes[s];
  const planned = plan.schemes[s];
  const counts = new Uint8Array(cells);
  const table = new Float64Array(input && b.timing ? cells * TABLE_STRIDE : 0);
  if (input === undefined || !b.timing) return { table, counts, widest: 0 };

  const { up, down } = behaviour.settings.ratchet;
  let widest = 0;
  for (let r = 0; r < plan.reps; r++) {
    if (behaviour.strategic[r] !== 1) continue;
    for (let j = 0; j < plan.periods - 1; j++) {
      if (b.ratchets && j >= behaviour.periodsPerYear) break;
      const i = r * plan.periods + j;
      input.target = planned.target[i];
      input.fixed = planned.fixedPay[i];
      input.cap = planned.cap === undefined ? Infinity : planned.cap[i];
      input.weight = b.ratchetWeight[i];
      input.up = up;
      input.down = down;
      counts[i] = writePieces(input, table, i * TABLE_STRIDE);
      widest = Math.max(widest, counts[i]);
    }
  }
  return { table, counts, widest };
}
