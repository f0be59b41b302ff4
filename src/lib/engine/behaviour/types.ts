/**
 * Plain-data shapes of the behaviour layer (domain.md §2, §5): what reps believe, how they
 * weigh risk and effort, how they haggle, shift deals and face a ratchet, and what the run
 * reports about it. Everything survives structured cloning.
 */
import type { Estimate } from '../types';

/**
 * How a rep weighs risk. Utilities are in money with u(0) = 0 and u'(0) = 1, on the scale s
 * of the rep-period's expected sales, so reps of any size are equally averse:
 * CARA u(w) = (1 − e^(−a·w/s))·s/a; CRRA on wealth W·s, u(w) = ∫₀^w ((W·s)/(W·s + v))^ρ dv.
 */
export type RiskPreference =
  { kind: 'neutral' } | { kind: 'cara'; a: number } | { kind: 'crra'; rho: number; wealth: number };

export interface BeliefSettings {
  /** Log-bias of every strategic rep's belief about its sales (0.1 ≈ 10% optimistic). */
  bias: number;
  /** Log-sd of each rep's own error about its level, drawn once per run. */
  noise: number;
}

/**
 * Effort e ≥ 0 multiplies expected sales by g(e) = 1 + maxLift·(1 − e^(−e)) (diminishing
 * returns) at a money cost of cost·s·e² per period (convex), s the period's expected sales.
 */
export interface EffortSettings {
  maxLift: number;
  cost: number;
}

/**
 * A strategic rep picks its opening distance d; the boss, expecting to split the difference,
 * widens its own opening by anticipation·d. Haggling costs cost·gap²/m in money, gap the
 * distance between the openings and m the rep's expected sales (time spent grows with it).
 */
export interface HagglingBehaviour {
  cost: number;
  anticipation: number;
}

/**
 * At the end of each period a strategic rep may push deals into the next period (at most
 * maxShare of this period's sales) or pull them from it (at most maxShare of the next
 * period's); moving s costs cost·s²/(2·s̄), s̄ the period's expected sales. With timing on, a
 * rep whose target is out of reach even with every deal it may pull in may also give up: drop
 * the period's effort (its lift and its cost) when that pays better, and hold deals back.
 */
export interface TimingSettings {
  enabled: boolean;
  maxShare: number;
  cost: number;
}

/**
 * Years simulated back to back. From the second year on the company sets each period's quota
 * from last year's: Q' = Q + up·(Y − Q) if Y > Q, else Q + down·(Y − Q) (Leone, Misra &
 * Zimmerman 2004). Strategic reps discount next year's pay by `discount`.
 */
export interface RatchetSettings {
  years: number;
  up: number;
  down: number;
  discount: number;
}

/** What the company values: profit = margin·sales − payout − planning cost of target error. */
export interface CompanySettings {
  margin: number;
  /** Cost per unit of over-forecast (target above sales): stock and cash tied up. */
  overCost: number;
  /** Cost per unit of under-forecast (sales above target): sales lost for want of stock. */
  underCost: number;
}

export interface BehaviourSettings {
  /**
   * Share of reps that are naive: they report last year's sales of the same period or accept
   * the boss's quota.
   */
  naiveShare: number;
  belief: BeliefSettings;
  risk: RiskPreference;
  effort: EffortSettings;
  haggling: HagglingBehaviour;
  timing: TimingSettings;
  ratchet: RatchetSettings;
  company: CompanySettings;
}

/** Per planned scheme: what each rep chose, per cell r · periods + p unless said otherwise. */
export interface SchemeBehaviour {
  /** Whether reps of this scheme may shift deals (the rule is known to the behaviour layer). */
  timing: boolean;
  /** Whether the company ratchets this scheme's quotas from the second year on. */
  ratchets: boolean;
  /** Naive reps report last year's sales of the same period as their target (self-set rules). */
  naiveReportsLastYear: boolean;
  /** Effort intensity and the factor g(e) it multiplies sales by. */
  effort: Float64Array;
  lift: Float64Array;
  /** Money cost of the effort in the cell. */
  effortCost: Float64Array;
  /** Haggling: the rep's opening distance per rep (NaN without haggling). */
  stance: Float64Array;
  /** Gap between the two openings and its money cost, in the cells of the first year. */
  openingGap: Float64Array;
  hagglingCost: Float64Array;
  /** Expected marginal pay of one more unit of sales in the next cell, as the rep sees it. */
  nextMarginal: Float64Array;
  /**
   * Most sales worth pushing into the next cell: all the pay it could still add on average
   * (its ceiling less its expected pay) at the expected marginal; ∞ where pay has no ceiling.
   */
  pushCap: Float64Array;
  /** Checkpoint rules: the commission a cell on target keeps from being withheld, money. */
  stake: Float64Array;
  /** Weight of next year's quota change in the rep's view of this cell's pay (the ratchet). */
  ratchetWeight: Float64Array;
}

/** Everything the trial loop needs, fixed once per run. */
export interface BehaviourPlan {
  settings: BehaviourSettings;
  years: number;
  periodsPerYear: number;
  /** 1 for a strategic rep, 0 for a naive one. */
  strategic: Uint8Array;
  /**
   * Per cell, the sales of the same period a year before: a naive rep's target in its first
   * year (from the history); later years hold the expected sales a year before, where the trial
   * loop uses the rep's own booked sales.
   */
  lastYear: Float64Array;
  /** Expected sales per cell without extra effort. */
  expected: Float64Array;
  schemes: SchemeBehaviour[];
}

/** Per-trial behaviour figures of one scheme over a block, and per-cell sums over its trials. */
export interface BehaviourSeries {
  /** Sales the draws gave before effort and shifting. */
  baseSales: Float64Array;
  /** Deals moved into an earlier period, and into a later one. */
  pulled: Float64Array;
  pushed: Float64Array;
  /** Rep-periods in which a rep below its target held deals back or, out of reach, cut effort. */
  gaveUp: Float64Array;
  effortCost: Float64Array;
  shiftCost: Float64Array;
  hagglingCost: Float64Array;
  /** overCost·(X − Y)⁺ + underCost·(Y − X)⁺ over rep-periods with a target. */
  planningCost: Float64Array;
  /** Sum over rep-periods of u(pay − effort, shift and haggling costs), money units. */
  utility: Float64Array;
  /**
   * Per cell, that utility summed over the block's trials: a risk-averse rep's certainty
   * equivalent is u⁻¹ of each cell's mean. Left at 0 for risk-neutral reps, whose certainty
   * equivalent is their mean net pay.
   */
  cellUtility: Float64Array;
  cellSales: Float64Array;
  cellTarget: Float64Array;
  cellPulled: Float64Array;
  cellPushed: Float64Array;
}

export interface SchemeBehaviourSummary {
  id: string;
  /**
   * Whether the behaviour model covers this kind of scheme (self-set, haggled quota, the two
   * letters). Reps of other kinds are held at no extra effort and move no deals, so their
   * effort, lift, extra sales and moves are not results of the model.
   */
  modelled: boolean;
  /**
   * Whether its quotas are haggled with a boss who errs: with behaviour the boss's errors are
   * drawn once for the run, so the intervals leave out the boss's luck (without behaviour each
   * trial draws them afresh).
   */
  bossDrawnOnce: boolean;
  /** Per rep: effort intensity and sales factor in the first period, opening distance. */
  effort: number[];
  lift: number[];
  stance: number[];
  /** Per horizon: sales booked, sales the draws gave, and the difference effort and timing made. */
  sales: Estimate;
  baseSales: Estimate;
  extraSales: Estimate;
  payout: Estimate;
  /** Payout as a share of sales. */
  costOfSales: Estimate;
  pulled: Estimate;
  pushed: Estimate;
  /** Share of strategic rep-periods (but each rep's last) in which a rep gave up (see series). */
  gaveUp: Estimate;
  /** Mean over trials of the effort's cost (less what giving up saved), and haggling's. */
  effortCost: number;
  hagglingCost: number;
  /** Mean gap between the openings as a share of the haggled cells' expected sales. */
  openingGap: number;
  shiftCost: Estimate;
  /**
   * Share of rep-periods with booked sales whose target (as the run set it: the plan's, a naive
   * rep's last year, the ratchet's) is within ±10% of them; NaN for a scheme that sets none.
   */
  targetWithin: Estimate;
  /** Planning cost of target error; NaN for a scheme that sets no target. */
  planningCost: Estimate;
  /** margin·sales − payout − planning cost. */
  profit: Estimate;
  /**
   * Sum over rep-periods of the certainty equivalent u⁻¹(E[u(net pay)]): the sure pay each
   * rep-period is worth to its rep, in money; NaN where `utilityLost` says why.
   */
  repUtility: Estimate;
  utilityLost?: UtilityLost;
  /** Per cell, means over trials: sales booked, target, deals pulled in, deals pushed out. */
  cells: { sales: number[]; target: number[]; pulled: number[]; pushed: number[] };
}

export interface BehaviourDifference {
  id: string;
  baseline: string;
  extraSales: Estimate;
  planningCost: Estimate;
  profit: Estimate;
  repUtility: Estimate;
}

export interface BehaviourSummary {
  settings: BehaviourSettings;
  years: number;
  periodsPerYear: number;
  strategicReps: number;
  naiveReps: number;
  /** Per rep: whether it behaved strategically. */
  strategic: boolean[];
  schemes: SchemeBehaviourSummary[];
  differences: BehaviourDifference[];
}

/**
 * Why rep utility is not computable: doubles cannot tell it from its ceiling, or in some trial
 * a rep's loss wiped out its wealth (CRRA) or passed what a double holds (CARA).
 */
export type UtilityLost = 'ceiling' | 'ruin';
