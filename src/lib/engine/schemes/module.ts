/**
 * The one interface every scheme kind implements. `plan` fixes everything a trial needs (the
 * targets reps report, quotas, amounts) once per run; `payRep` pays one rep over all its
 * periods of one trial, so plans with memory (withheld commission, streaks of missed
 * periods, recoverable draws) are as easy to express as per-period rules.
 */
import type { Xoshiro128 } from '../random';
import type { TrialTally } from './cellByCellTally';
import type { PlannedScheme, Scheme } from '../types';

/** What planning a scheme needs to know about the reps, per rep-period cell r · periods + p. */
export interface PlanContext {
  seed: number;
  reps: number;
  periods: number;
  /** One year's periods: `periods` over the years a run with behaviour simulates. */
  periodsPerYear: number;
  /** Expected sales of each cell. */
  expected: Float64Array;
  /** The lognormal law of sales per cell. */
  logMu: Float64Array;
  logSigma: Float64Array;
  /** What the rep believes about its sales per cell; the true law until reps learn to err. */
  beliefMu: Float64Array;
  beliefSigma: Float64Array;
  /**
   * Whether a quota haggled with an erring boss is drawn afresh each trial (every trial is
   * another year) rather than once for the run. The behaviour layer plans its haggling once.
   */
  bossPerTrial?: boolean;
}

/** Scratch state of one trial that payRep reads and adds to; reused, never allocated. */
export interface PayContext {
  periods: number;
  /** The trial's duty stream (fines, collections), reseeded per trial and scheme. */
  duties: Xoshiro128;
  /** This trial's event counts by the scheme's event index; payRep adds to them. */
  events: Float64Array;
  /** This trial's money taken back from pay by the scheme's deduction index, likewise. */
  deductions: Float64Array;
}

export interface SchemeModule<S extends Scheme = Scheme> {
  plan(scheme: S, context: PlanContext): PlannedScheme;
  /**
   * Writes rep r's pay for each period p into out[r · periods + p] from sales at the same
   * cells. Must not allocate: it runs once per rep, trial and scheme.
   */
  payRep(
    planned: PlannedScheme,
    r: number,
    sales: Float64Array,
    out: Float64Array,
    c: PayContext,
  ): void;
  /**
   * Optional fast path for rules without memory or duties: pays every cell of one trial into
   * `out` and tallies it into `t`, bit for bit as payRep then tallyCells would, in one loop
   * with no call per cell.
   */
  payTrial?(planned: PlannedScheme, sales: Float64Array, out: Float64Array, t: TrialTally): void;
}

/** payRep for rules without memory: pays each cell on its own. */
export function cellByCell(
  payCell: (planned: PlannedScheme, i: number, y: number) => number,
): SchemeModule['payRep'] {
  return (planned, r, sales, out, context) => {
    const first = r * context.periods;
    for (let i = first; i < first + context.periods; i++) out[i] = payCell(planned, i, sales[i]);
  };
}
