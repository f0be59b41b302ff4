/**
 * Who is strategic and what each rep believes (domain.md §5). A rep believes its sales are
 * lognormal like the calibrated model but with its level off by a factor e^b: b = bias + noise·z,
 * one z per rep from the run's belief stream. Draws come in rep order from their own named
 * streams, so they depend on the seed alone and never on the trials' draws.
 */
import { standardNormal } from '../normal';
import { namedStream } from '../random';
import { BELIEF_STREAM, STRATEGY_STREAM } from './constants';
import type { BeliefSettings } from './types';

/** Each rep's log-error b about its own level. */
export function beliefShifts(seed: number, reps: number, belief: BeliefSettings): Float64Array {
  const rng = namedStream(seed, BELIEF_STREAM);
  const shifts = new Float64Array(reps);
  for (let r = 0; r < reps; r++) shifts[r] = belief.bias + belief.noise * standardNormal(rng);
  return shifts;
}

/**
 * 1 for a strategic rep, 0 for a naive one: exactly round(naiveShare·reps) naive reps, the
 * first ones of a seeded Fisher–Yates shuffle, so every share picks a superset of a smaller one.
 */
export function strategicReps(seed: number, reps: number, naiveShare: number): Uint8Array {
  const order = Array.from({ length: reps }, (_, r) => r);
  const rng = namedStream(seed, STRATEGY_STREAM);
  for (let i = reps - 1; i > 0; i--) {
    const j = Math.floor(rng.nextFloat() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }

  const strategic = new Uint8Array(reps).fill(1);
  const naive = Math.round(naiveShare * reps);
  for (let k = 0; k < naive; k++) strategic[order[k]] = 0;
  return strategic;
}

/** The log-mean each rep believes per cell: the true one moved by the rep's log-error. */
export function believedMu(logMu: Float64Array, shifts: Float64Array): Float64Array {
  const periods = logMu.length / shifts.length;
  return logMu.map((mu, i) => mu + shifts[Math.floor(i / periods)]);
}
