/**
 * Plain-data shapes shared by the engine, the workers, the CLI and the UI.
 * Everything here must survive structured cloning: no classes, no functions.
 */

/** What happens when a self-set bonus comes out negative (the rep sold less than X/2). */
export type FloorPolicy = 'none' | 'zero' | 'deduct';

/**
 * Sales model of one rep for the simulated horizon, as calibrated from history.
 * Sales in period p are lognormal with mean `mean[p]` and log-volatility `sigma`.
 */
export interface RepModel {
  id: string;
  name: string;
  /** Expected sales in each simulated period (level × seasonal factor × trend). */
  mean: number[];
  /** Standard deviation of log sales in one period. */
  sigma: number;
  /** Sales in the last observed period of the same length, used by naive reps and bosses. */
  lastSales: number;
  /** Periods of history the fit used; small means the estimate borrowed from the others. */
  historyPeriods: number;
  /** True when the fit leaned on the population because the rep's own history is short. */
  thin: boolean;
}

/** The essay's rule and its family (Weitzman 1976): pay grows with Y, falls with |Y − X|. */
export interface TruthTellingScheme {
  kind: 'truth-telling';
  id: string;
  label: string;
  /** Rate on sales above the target. */
  alpha: number;
  /** Rate on the target itself. */
  beta: number;
  /** Rate on the shortfall below the target. */
  gamma: number;
  floor: FloorPolicy;
  /** Base pay per period; only used by the 'deduct' floor, which may eat into it. */
  basePay: number;
}

/** Bargaining that fixes a quota (domain: the boss opens high, the rep low, they meet). */
export interface Haggling {
  /** How far below its own belief the rep opens, as a share (d_r). */
  repOpening: number;
  /** How far above its own estimate the boss opens, as a share (d_b). */
  bossOpening: number;
  /** Boss's bargaining power w in [0, 1]. */
  bossPower: number;
  /** Log-sd of the boss's error about each rep's expected sales. */
  bossNoise: number;
  /** Growth the boss adds on top of its estimate. */
  growth: number;
}

/** The pharmaceutical letter's pay on a haggled quota. */
export interface HaggledQuotaScheme {
  kind: 'haggled-quota';
  id: string;
  label: string;
  /** Performance pay per period as a share of the rep's expected sales (budget parity with t). */
  performancePayShare: number;
  /** Bonus rate on sales above the quota (0.005 in the letter). */
  excessRate: number;
  haggling: Haggling;
}

export type Scheme = TruthTellingScheme | HaggledQuotaScheme;

/**
 * Everything a worker needs to simulate trials, flattened for transfer.
 * Index rep-period arrays as r * periods + p.
 */
export interface SimPlan {
  seed: number;
  trials: number;
  reps: number;
  periods: number;
  /** Lognormal log-mean per rep-period: ln(mean) − sigma²/2. */
  logMu: Float64Array;
  /** Lognormal log-sd per rep-period. */
  logSigma: Float64Array;
  schemes: PlannedScheme[];
}

/** A scheme with its targets already chosen by the reps (and the boss) for every rep-period. */
export interface PlannedScheme {
  scheme: Scheme;
  /** Target X or quota Q per rep-period. */
  target: Float64Array;
  /** Fixed pay amount per rep-period where the rule needs one (quota performance pay). */
  fixedPay: Float64Array;
}

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
}

/** Result of one fixed-size block of trials; blocks are the unit of reproducibility. */
export interface BlockResult {
  block: number;
  firstTrial: number;
  trials: number;
  /** One entry per planned scheme, in plan order. */
  series: TrialSeries[];
  /** Per scheme, per rep: sum and sum of squares over the block's trials of the rep's payout. */
  repPayoutSum: Float64Array[];
  repPayoutSumSq: Float64Array[];
  /** Sales of every rep-period in the run's first trial (only in block 0), for scatter charts. */
  sampleSales?: Float64Array;
  /** Per scheme, payout of every rep-period in the first trial (only in block 0). */
  samplePayout?: Float64Array[];
}

/** A mean with its Monte Carlo standard error. */
export interface Estimate {
  mean: number;
  se: number;
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
}

/** A rep given inline in a scenario (data source "reps"); a single mean means one period. */
export interface ScenarioRep {
  id: string;
  name?: string;
  mean: number[];
  sigma: number;
}

/** Where a scenario's sales history comes from. */
export type ScenarioData =
  { source: 'sample' } | { source: 'file'; path: string } | { source: 'reps'; reps: ScenarioRep[] };

/** A validated scenario file with its schemes expanded to the engine's Scheme shapes. */
export interface Scenario {
  name: string;
  description?: string;
  seed: number;
  trials: number;
  data: ScenarioData;
  schemes: Scheme[];
  /** Id of the scheme the others are compared with (the first scheme when the file omits it). */
  baseline: string;
}

/** User errors are values: each message names the field path, what was expected and seen. */
export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };
