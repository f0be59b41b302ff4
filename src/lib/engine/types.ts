/**
 * Plain-data shapes shared by the engine, the workers, the CLI and the UI.
 * Everything here must survive structured cloning: no classes, no functions.
 */
import type {
  BehaviourPlan,
  BehaviourSeries,
  BehaviourSettings,
  BehaviourSummary,
} from './behaviour/types';

export type { BehaviourPlan, BehaviourSeries, BehaviourSettings, BehaviourSummary };
export type * from './resultTypes';

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
  /**
   * Sales in the same period one year before each simulated period: what a naive rep reports
   * (domain.md §5). Absent (a rep without that history, a calibration saved before it was
   * kept), a naive rep reports its expected sales of the period instead.
   */
  lastYear?: number[];
  /** Periods of history the fit used; small means the estimate borrowed from the others. */
  historyPeriods: number;
  /** True when the fit leaned on the population because the rep's own history is short. */
  thin: boolean;
}

/**
 * An amount per rep-period: a share of the rep-period's expected sales (so that reps of any
 * size get comparable terms), or given per period in the data's units (one value: every period).
 */
export type Amount = { kind: 'share'; share: number } | { kind: 'fixed'; values: number[] };

/** How the company sets a quota per rep-period: like an amount, or by haggling (§2). */
export type QuotaRule = Amount | { kind: 'haggled'; haggling: Haggling };

/**
 * A fine for a duty (domain.md §3, §4). 'events' counts breaches drawn as Poisson(expected)
 * per period; 'shortfall' fines each unit by which Poisson(expected) done falls short of
 * `required` (outlets opened, visits made).
 */
export type Fine =
  | { kind: 'events'; id: string; label: string; amount: number; expected: number }
  | {
      kind: 'shortfall';
      id: string;
      label: string;
      amount: number;
      required: number;
      expected: number;
    };

/** A counted event when `periods` periods in a row miss their target; the streak restarts. */
export interface StreakRule {
  periods: number;
  /** Deducted from pay in the period the event fires (0: counted only, as in the letters). */
  penalty: number;
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
  /** Highest bonus per period; absent means no cap. */
  cap?: Amount;
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

/**
 * A user-defined bonus grid of the kind Gonik (1978) describes for IBM Brazil: the bonus, as a
 * share of the standard bonus, read by bilinear interpolation at forecast/quota (rows) and
 * actual/quota (columns); ratios outside the grid are held at its edge.
 */
export interface BonusGridScheme {
  kind: 'bonus-grid';
  id: string;
  label: string;
  quota: QuotaRule;
  /** The bonus a grid value of 1 pays. */
  standardBonus: Amount;
  /** Forecast/quota of each row, strictly ascending. */
  forecastRatios: number[];
  /** Actual/quota of each column, strictly ascending. */
  actualRatios: number[];
  /** grid[row][column]: bonus as a share of the standard bonus (may be negative). */
  grid: number[][];
  floor: FloorPolicy;
  basePay: number;
}

/** The pharmaceutical letter (domain.md §3) with its fines, review and costs. */
export interface PharmaLetterScheme {
  kind: 'pharma-letter';
  id: string;
  label: string;
  quota: QuotaRule;
  /** A total the letter states for the quotas' periods; a mismatch is reported, not used. */
  statedTotal?: number;
  /** The fixed part of the agreed pay, paid in full. */
  basePay: Amount;
  /** The performance part, cut to pay·Y/Q below the quota. */
  performancePay: Amount;
  excessRate: number;
  fines: Fine[];
  /** Quarters missed in a row before the company reviews the rep (4 in the letter). */
  review: StreakRule;
  /** Old receivables to collect in the first period: lognormal collections of mean `expected`. */
  receivables?: { target: number; expected: number; sigma: number; penalty: number };
  /** Expense budget per year: a cost to the company beside the rep's pay. */
  expenseBudget: number;
  periodsPerYear: number;
}

/** One SKU of the condiment letter (domain.md §4). */
export interface Sku {
  id: string;
  label: string;
  commissionPerCase: number;
  /** Share of the rep's cases that are this SKU (the shares add up to 1). */
  share: number;
  /** Monthly target in cases. */
  target: Amount;
}

/** The condiment letter: per-case commission settled every two months with catch-up. */
export interface CondimentLetterScheme {
  kind: 'condiment-letter';
  id: string;
  label: string;
  skus: Sku[];
  baseSalary: Amount;
  /** Months per commission settlement (2 in the letter). */
  settleEvery: number;
  /** Months missed in a row before demotion (2 in the letter). */
  demotion: StreakRule;
  fines: Fine[];
  periodsPerYear: number;
}

/** Attainment Y/Q from which a marginal commission rate applies. */
export interface Tier {
  from: number;
  rate: number;
}

/** The mechanics commercial incentive tools offer, on a company quota. */
export interface CommissionPlanScheme {
  kind: 'commission-plan';
  id: string;
  label: string;
  quota: QuotaRule;
  /** Marginal rates by attainment (first from 0, ascending): accelerators and decelerators. */
  tiers: Tier[];
  /** Attainment below which no commission is paid (0: none). */
  threshold: number;
  /** Highest commission per period; absent means no cap. */
  cap?: Amount;
  /** Pay at least this each period; a recoverable draw is taken back from later commission. */
  draw?: { kind: 'recoverable' | 'non-recoverable'; amount: Amount };
  /** Share of gross sales returned by credit notes, which are not commissionable. */
  returnsShare: number;
  basePay: Amount;
}

/** One contract of a menu: fixed pay per period plus a rate on sales. */
export interface LinearContract {
  fixed: number;
  rate: number;
}

/** A menu of linear contracts: each rep picks the one it expects to pay most (screening). */
export interface LinearMenuScheme {
  kind: 'linear-menu';
  id: string;
  label: string;
  options: LinearContract[];
}

export type Scheme =
  | TruthTellingScheme
  | HaggledQuotaScheme
  | BonusGridScheme
  | PharmaLetterScheme
  | CondimentLetterScheme
  | CommissionPlanScheme
  | LinearMenuScheme;

/** A counted event of a scheme (review, demotion), reported per rep-year. */
export interface SchemeEvent {
  id: string;
  label: string;
  /** Periods per year of the scheme that counts it, to state it per rep-year. */
  periodsPerYear: number;
}

/**
 * Money a scheme takes off or holds back from pay (fines, withheld commission), reported per
 * horizon over all reps. The payout is already net of it; it is shown so that the part of pay
 * the rules take back can be read apart.
 */
export interface SchemeDeduction {
  id: string;
  label: string;
}

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
  /** What reps do beyond reporting targets (effort, timing, ratchet); absent: nothing more. */
  behaviour?: BehaviourPlan;
}

/**
 * A scheme with its targets already chosen by the reps (and the boss) for every rep-period.
 * Every per-cell array is a top-level Float64Array of reps × periods values.
 */
export interface PlannedScheme {
  scheme: Scheme;
  /** Target X, or the quota where the rep sets none; NaN where the scheme has no target. */
  target: Float64Array;
  /** The fixed amount the rule scales: performance pay, standard bonus, menu fixed pay. */
  fixedPay: Float64Array;
  /** Company quota where it differs from the target (the bonus grid's objective). */
  quota?: Float64Array;
  /** Base pay per rep-period, paid whatever the sales. */
  basePay?: Float64Array;
  /** Highest variable pay per rep-period (Infinity: no cap). */
  cap?: Float64Array;
  /** Guaranteed pay per rep-period (a draw). */
  draw?: Float64Array;
  /** Rate on sales per rep-period (the contract a rep picked from a menu). */
  rate?: Float64Array;
  /** Cumulative sales that count as caught up by the end of each rep-period. */
  catchUp?: Float64Array;
  /** Company cost beside pay per rep-period (an expense budget). */
  expense?: Float64Array;
  /** Counted events of the scheme, in the order of TrialSeries.events. */
  events: SchemeEvent[];
  /** Money the scheme takes back from pay, in the order of TrialSeries.deductions. */
  deductions?: SchemeDeduction[];
  /**
   * Where the quota in `target` is haggled with a boss who errs afresh each trial: its law.
   * `target` then holds the quota's mean, and each trial pays against a quota drawn anew.
   */
  bossQuotas?: BossQuotas;
}

/**
 * Quotas per cell as exp(logScale + noise·Z) + repPart, Z standard normal from the trial's
 * boss stream; `mean` is their expectation.
 */
export interface BossQuotas {
  logScale: Float64Array;
  noise: Float64Array;
  repPart: Float64Array;
  mean: Float64Array;
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
  /** What reps do beyond reporting targets; absent, they only report their best targets. */
  behaviour?: BehaviourSettings;
}

/**
 * User errors are values: each message names the field path, what was expected and seen.
 * Warnings (a total that does not add up) let the run proceed and must be shown to the user.
 */
export type ScenarioResult =
  { ok: true; scenario: Scenario; warnings: string[] } | { ok: false; errors: string[] };
