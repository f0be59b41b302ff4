/**
 * Pieces of a strategic rep's pay, found once per block. A rep's target is the plan's except
 * where a ratchet moves it, and the pieces depend on the target and the cell's terms only, so
 * the trial loop walks them without finding them again. A checkpoint's stake changes the step,
 * not the pieces (walkShift reads it from the input).
 */
import type { SimPlan } from '../types';
import { PIECE_STRIDE, shiftPieces, type ShiftInput } from './timing';
import type { BehaviourPlan } from './types';

/** Pieces of pay per cell, kept for the block where they do not change from trial to trial. */
export interface Pieces {
  kinks: Float64Array;
  slopes: Float64Array;
  /** Kinks per cell, or NOT_KEPT where the trial loop finds the pieces itself. */
  counts: Uint8Array;
}

export const NOT_KEPT = 255;

/** The pieces of scheme s's pay in every strategic rep's cells that a ratchet leaves alone. */
export function fixedPieces(
  plan: SimPlan,
  behaviour: BehaviourPlan,
  s: number,
  input: ShiftInput | undefined,
): Pieces {
  const cells = plan.reps * plan.periods;
  const b = behaviour.schemes[s];
  const planned = plan.schemes[s];
  const counts = new Uint8Array(cells).fill(NOT_KEPT);
  const kinks = new Float64Array(input && b.timing ? cells * PIECE_STRIDE : 0);
  const slopes = new Float64Array(kinks.length);
  if (input === undefined || !b.timing) return { kinks, slopes, counts };

  const { up, down } = behaviour.settings.ratchet;
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
      counts[i] = shiftPieces(input, kinks, slopes, i * PIECE_STRIDE);
    }
  }
  return { kinks, slopes, counts };
}
