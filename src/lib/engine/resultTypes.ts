/**
 * What a run gives back: per-block results as the workers send them, and the summary made of
 * them. Plain data (structured cloning carries it across threads); re-exported by types.ts.
 */
import type { BehaviourSeries, BehaviourSummary } from './behaviour/types';
import type { Scheme, SchemeDeduction, SchemeEvent } from './types';

/** Per-trial figures for one scheme over a contiguous range of trials. */
export interface TrialSeries {
  payout: Float64Array;
  sales: Float64Array;
  /** Mean over rep-periods of |Y − X| / Y (rep-periods with Y = 0 are left out; NaN if all). */
  ape: Float64Array;
  /** Mean over rep-periods of (X − Y) / Y, with the same rep-periods as ape. */
  bias: Float64Array;
  /** Share of rep-periods with Y ≥ X. */
  hit: Float64Array;
  /** Share of the rep-periods ape counts whose |Y − X| / Y is at most 10%. */
  within: Float64Array;
  /**
   * Sums over rep-periods with a target of (X − Y)⁺ and (Y − X)⁺, in money: what was
   * over-forecast (stock and cash tied up) and under-forecast (sales the plan missed); NaN
   * where no rep-period has a target.
   */
  overForecast: Float64Array;
  underForecast: Float64Array;
  /** Payout plus the scheme's other costs (expenses). */
  cost: Float64Array;
  /** Event counts over all reps, trial-major: events[k · E + e] for E events of the scheme. */
  events: Float64Array;
  /** Money taken back from pay over all reps, trial-major as events (PlannedScheme.deductions). */
  deductions: Float64Array;
}

/** Result of one fixed-size block of trials; blocks are the unit of reproducibility. */
export interface BlockResult {
  block: number;
  firstTrial: number;
  trials: number;
  /** One entry per planned scheme, in plan order. */
  series: TrialSeries[];
  /**
   * Per scheme, per rep: sum and sum of squares over the block's trials of the rep's payout,
   * or over its group's blocks once a run has folded them in (repGroups.ts).
   */
  repPayoutSum: Float64Array[];
  repPayoutSumSq: Float64Array[];
  /** Set where this block's per-rep sums went into block `foldedInto` (its own are empty). */
  foldedInto?: number;
  /** Sales of every rep-period in the run's first trial (only in block 0), for scatter charts. */
  sampleSales?: Float64Array;
  /** Per scheme, payout of every rep-period in the first trial (only in block 0). */
  samplePayout?: Float64Array[];
  /** Per scheme, what the reps' behaviour did in each trial (only when the plan has one). */
  behaviour?: BehaviourSeries[];
}

/** A mean with its Monte Carlo standard error. */
export interface Estimate {
  mean: number;
  se: number;
  /**
   * Degrees of freedom of `se` when it comes from a few groups of trials (a jackknife's, one
   * less than its groups), so that an interval takes Student's t for them (interval.ts);
   * absent when `se` comes from every trial.
   */
  df?: number;
}

export interface SchemeSummary {
  id: string;
  label: string;
  kind: Scheme['kind'];
  /** Company payout per simulated horizon: mean, standard error and quantiles across trials. */
  payout: Estimate & { p5: number; p50: number; p95: number };
  sales: Estimate;
  payoutShareOfSales: Estimate;
  targetMape: Estimate;
  targetBias: Estimate;
  hitRate: Estimate;
  /** Share of rep-periods with sales whose target is within ±10% (summarize always sets it). */
  targetWithin?: Estimate;
  /** Payout plus the scheme's other costs per horizon (summarize always sets it). */
  cost?: Estimate;
  /** Expected count of each counted event per rep-year (summarize always sets it). */
  events?: (SchemeEvent & { perRepYear: Estimate })[];
  /** Money taken back from pay per horizon, by deduction (summarize always sets it). */
  deductions?: (SchemeDeduction & { amount: Estimate })[];
  perRep: { id: string; name: string; payout: Estimate; target: number[] }[];
}

/** Paired difference (scheme − baseline) on the same draws. */
export interface Difference {
  id: string;
  baseline: string;
  payout: Estimate;
  sales: Estimate;
  payoutShareOfSales: Estimate;
  targetMape: Estimate;
  hitRate: Estimate;
  targetWithin?: Estimate;
  /** Counted events per rep-year that the baseline counts too, by id (summarize sets it). */
  events?: { id: string; perRepYear: Estimate }[];
  /** Deductions the baseline takes too, by id, paired on the same draws (summarize sets it). */
  deductions?: { id: string; amount: Estimate }[];
}

export interface RunSummary {
  seed: number;
  trials: number;
  reps: number;
  periods: number;
  schemes: SchemeSummary[];
  differences: Difference[];
  /** Histogram data for the payout distribution chart: per scheme, the per-trial payouts. */
  payoutSamples: Float64Array[];
  sampleSales: Float64Array;
  samplePayout: Float64Array[];
  /** What reps did and the company view of it (only when the plan has behaviour). */
  behaviour?: BehaviourSummary;
}
