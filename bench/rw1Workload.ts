/**
 * The reference workload RW1 of issue 7, as plain data shared by the closed form, the
 * baselines' checks and the engine run. The C and NumPy programs restate the same numbers.
 */
export interface Rw1Workload {
  reps: number;
  periods: number;
  trials: number;
  /** Quarter factors s_p. */
  season: number[];
  /** Commission rate t of the self-set scheme A. */
  rate: number;
  /** Fixed performance pay of the quota scheme B, per rep-period. */
  fixedPay: number;
  /** Bonus rate on sales above the quota (the pharma letter's 0.5%). */
  excessRate: number;
  /** Histogram ranges [0, top) per scheme, split into `bins` equal bins, values clamped. */
  bins: number;
  topA: number;
  topB: number;
}

export const RW1: Rw1Workload = {
  reps: 1000,
  periods: 4,
  trials: 10_000,
  season: [0.81, 0.99, 0.99, 1.21],
  rate: 0.05,
  fixedPay: 1000,
  excessRate: 0.005,
  bins: 64,
  topA: 10,
  topB: 1024,
};

/** Expected sales of rep r: μ_r = 100 + (r mod 50). */
export function repMean(r: number): number {
  return 100 + (r % 50);
}

/** Log-volatility of rep r: σ_r = 0.1 + 0.3·(r mod 7)/6. */
export function repSigma(r: number): number {
  return 0.1 + (0.3 * (r % 7)) / 6;
}

/** Quota of scheme B: the midpoint of a boss opening at 1.2·m and a rep opening at 0.8·m. */
export function quotaOf(mean: number): number {
  return 0.5 * (1.2 + 0.8) * mean;
}

/** Rep-period draws in a run of the workload. */
export function drawsOf(w: Rw1Workload): number {
  return w.reps * w.periods * w.trials;
}
