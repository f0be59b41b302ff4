/** Defaults of the sweep, budget and outcome helpers, in one place. */

/** Normal 97.5% quantile: mean ± Z95·se is a 95% interval for a Monte Carlo estimate. */
export const Z95 = 1.959963984540054;

/** Grid points of a sweep when the caller does not say. */
export const DEFAULT_SWEEP_POINTS = 11;

/** Target values on the x axis of a rep's payoff curve. */
export const PAYOFF_CURVE_POINTS = 121;

/** Label of the random stream of the quarters a rep plays in training. */
export const TRAINING_STREAM = 'training';
