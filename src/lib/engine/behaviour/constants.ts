/**
 * Defaults and solver settings of the behaviour layer, in one place. The defaults make
 * behaviour visible without dominating pay: under a 5% commission a strategic rep lifts sales
 * by a few per cent and moves about a tenth of a period's sales when the rule rewards it.
 */
import type { BehaviourSettings } from './types';

export const DEFAULT_BEHAVIOUR: Readonly<BehaviourSettings> = {
  naiveShare: 0.3,
  belief: { bias: 0, noise: 0 },
  risk: { kind: 'neutral' },
  effort: { maxLift: 0.2, cost: 0.01 },
  haggling: { cost: 0.0025, anticipation: 0.5 },
  timing: { enabled: true, maxShare: 0.3, cost: 0.5 },
  ratchet: { years: 1, up: 0.5, down: 0.2, discount: 0.9 },
  company: { margin: 0.3, overCost: 0.1, underCost: 0.3 },
};

/** Most years a run may chain (each year repeats the calibrated periods). */
export const MAX_YEARS = 10;

/** Nodes of the coarse belief grid for the nested effort and stance searches. */
export const SEARCH_NODES = 257;

/** Points of the first scan of an effort or stance search. */
export const SCALAR_SCAN_POINTS = 17;

/** Relative width at which effort and stance searches stop (targets keep the engine's). */
export const SCALAR_TOLERANCE = 1e-6;

/** Effort beyond this intensity adds less than e^−12 of the largest lift: never worth it. */
export const MAX_EFFORT = 12;

/** Widest opening distance a rep may choose (its opening stays above 0). */
export const MAX_STANCE = 0.95;

/** Rounds of alternating target (or stance) and effort searches before giving up. */
export const MAX_ROUNDS = 8;

/** Relative change below which alternating searches count as converged. */
export const ROUND_TOLERANCE = 1e-5;

/**
 * The chance that a condiment rep's withheld commission is never paid back is found to this
 * absolute tolerance (a stake within a thousandth of its block's commission), in at most this
 * many steps past the first two.
 */
export const CHANCE_TOLERANCE = 1e-3;
export const CHANCE_STEPS = 40;

/** Relative step of the central differences for marginal pay. */
export const MARGINAL_STEP = 1e-4;

/** Labels of the random streams that draw belief errors and which reps are naive. */
export const BELIEF_STREAM = 'belief';
export const STRATEGY_STREAM = 'strategy';
