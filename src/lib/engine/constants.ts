/**
 * Defaults and tolerances of the simulation engine, in one place.
 * A run's results depend on BLOCK_TRIALS: changing it changes nothing statistically but makes
 * old seeds reproduce different per-block layouts, so treat it as part of the file format.
 */
import type { FloorPolicy, Haggling, StreakRule } from './types';

/** Trials per block; blocks are the unit of work of a worker and of reproducibility. */
export const BLOCK_TRIALS = 100;

export const DEFAULT_TRIALS = 4000;
export const MAX_TRIALS = 1_000_000;
export const DEFAULT_SEED = 20261204;

/** Nodes of the midpoint quantile grid that stands for a rep's belief (odd: the median is one). */
export const BELIEF_NODES = 2001;

/** Candidate targets scanned before the golden-section refinement of a best response. */
export const SOLVER_SCAN_POINTS = 65;

/** Relative width at which the golden-section search of a best response stops. */
export const SOLVER_TOLERANCE = 1e-9;

/** The pharmaceutical letter pays 0.5% of sales above the quota (domain.md §3). */
export const DEFAULT_EXCESS_RATE = 0.005;

/** The essay's default policy for a negative bonus is a floor at 0 (domain.md §1). */
export const DEFAULT_FLOOR: FloorPolicy = 'zero';

/** Bargaining used when a scenario leaves a haggling parameter out (domain.md §2). */
export const DEFAULT_HAGGLING: Readonly<Haggling> = {
  repOpening: 0.2,
  bossOpening: 0.25,
  bossPower: 0.5,
  bossNoise: 0.15,
  growth: 0.05,
};

/** Label of the random stream that draws the boss's estimation errors. */
export const BOSS_STREAM = 'boss';

/** Quantiles of the total payout reported for every scheme. */
export const PAYOUT_QUANTILES = [0.05, 0.5, 0.95] as const;

/** Label of the random stream that draws duties: fines, missed visits, collections. */
export const DUTY_STREAM = 'duties';

/** A floor is said to move the best target when it shifts the reported quantile this much. */
export const FLOOR_SHIFT_WARNING = 0.005;

/** Relative difference at which a stated total and the sum of its parts disagree. */
export const TOTAL_TOLERANCE = 1e-9;

/** The pharmaceutical letter reviews the rep after four quarters missed in a row (§3). */
export const PHARMA_REVIEW: Readonly<StreakRule> = { periods: 4, penalty: 0 };

/** The condiment letter demotes after two months missed in a row and settles every two (§4). */
export const CONDIMENT_DEMOTION: Readonly<StreakRule> = { periods: 2, penalty: 0 };
export const CONDIMENT_SETTLE_EVERY = 2;
