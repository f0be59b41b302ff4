import { BLOCK_TRIALS, type RepModel, type Scheme, type TruthTellingScheme } from '../engine';
import {
  linearGrid,
  parameterUnit,
  parameterValue,
  solveBudget,
  sweepParameters,
  sweepPoints,
  sweepSchemes,
  withParameter,
  type Budget,
  type BudgetSolution,
  type SweepParameter,
  type SweepPoint,
} from '../engine/sweep';
import { parseScheme } from '../engine/schemes/schema/parseScheme';
import type { Problem } from '../engine/schemes/schema/problem';
import { currency, type Currency } from '../i18n/i18n.svelte';
import { payPerRep, planAndRun } from '../workers';
import type { Session } from './session.svelte';
import type { DataName } from './sessionTypes';
import { codeOf, type CodedError } from '../workers/codeOf';
import { sweepMemoryProblem } from '../workers/runMemory';
import { withinLimit, type Limit } from './settings';
import { messageOf } from './stages';

export type TuningState = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** A finished sweep, with what it was run on, so later edits of the form do not relabel it. */
export interface SweepResult {
  base: Scheme;
  parameter: SweepParameter;
  points: SweepPoint[];
  seed: number;
  trials: number;
  /** The reps it ran on: after an import the curves are the previous data's, and say so. */
  reps: RepModel[];
  data: DataName;
  /** The unit those reps were counted in, which the curves keep once other data are in use. */
  unit: Currency;
}

/** Expected pay of one rep over the horizon at one parameter value, with its 5–95% range. */
export interface RepPay {
  id: string;
  name: string;
  mean: number;
  se: number;
  p5: number;
  p50: number;
  p95: number;
}

/** Why a sweep's form cannot be run: a field out of its limit, or a value the scheme refuses. */
export type SweepRefusal =
  | { reason: 'from' | 'to' | 'points' | 'order' | 'zeroRate' | 'noParameter' }
  | { reason: 'scheme'; value: number; scheme: Scheme; problem: Problem };

const anyNumber: Limit = { min: -Infinity, max: Infinity, integer: false };

/** The budgets the form accepts: a share of sales from 0 to 100%, or an amount from 0. */
export const budgetLimits: Record<Budget['kind'], Limit> = {
  share: { min: 0, max: 1, integer: false },
  amount: { min: 0, max: 1e15, integer: false },
};

export function budgetValid(budget: Budget): boolean {
  const value = budget.kind === 'share' ? budget.share : budget.amount;
  return withinLimit(budgetLimits[budget.kind], value);
}
const gridPoints: Limit = { min: 3, max: 41, integer: true };

/**
 * The first reason the sweep cannot run, or null. Every grid value is checked with the same
 * rules as the scheme editor, so a value the engine would refuse (a negative rate) is refused
 * here in the user's words, before any worker sees it. `limit` bounds `from` and `to`.
 */
export function checkSweep(
  base: Scheme,
  parameter: SweepParameter,
  [from, to, points]: [number, number, number],
  limit: Limit = anyNumber,
): SweepRefusal | null {
  if (!withinLimit(limit, from)) return { reason: 'from' };
  if (!withinLimit(limit, to)) return { reason: 'to' };
  if (!withinLimit(gridPoints, points)) return { reason: 'points' };
  if (!(to > from)) return { reason: 'order' };
  // A rate is swept by scaling the scheme's rates, which a rate of 0 cannot be.
  if (parameter === 'rate' && parameterValue(base, parameter) === 0) return { reason: 'zeroRate' };
  for (const value of linearGrid(from, to, points)) {
    const scheme = withParameter(base, parameter, value);
    const parsed = parseScheme(scheme);
    if (!parsed.ok) return { reason: 'scheme', value, scheme, problem: parsed.errors[0] };
  }
  return null;
}

/**
 * Shares the scheme must keep below 100% (a rep opening at its whole belief, all sales
 * returned).
 */
const openShares = new Set(['haggling.repOpening', 'returnsShare']);

/**
 * A rate from 1% to 10% is where sales commissions live; α, β and γ stay between their
 * neighbours, so the default sweep keeps 0 ≤ α < β < γ; other parameters span their value.
 * An amount of money at 0 (a base pay) spans 0 to a tenth of `level`, a typical rep-period's
 * expected sales, so that it is in the data's scale rather than 0 to 1.
 */
export function defaultRange(
  scheme: Scheme,
  parameter: SweepParameter,
  level = 0,
): [number, number] {
  if (parameter === 'rate') return [0.01, 0.1];
  const ordered = scheme.kind === 'truth-telling' ? orderedRange(scheme, parameter) : null;
  if (ordered && ordered[1] > ordered[0]) return ordered;
  const value = parameterValue(scheme, parameter);
  // A count's grid should land on whole numbers: from 1, with `choose` giving one point each.
  if (parameterUnit(parameter) === 'count')
    return [1, Math.min(41, Math.max(2 * value, value + 3))];
  if (openShares.has(parameter)) return [0, Math.min(0.9, Math.max(2 * value, 0.5))];
  if (parameter.startsWith('haggling.') && value <= 1) return [0, 1];
  if (value > 0) return [value / 4, value * 2];
  const money = parameterUnit(parameter) === 'money' && level > 0;
  return [0, money ? Number((level / 10).toPrecision(2)) : 1];
}

/** Each of α, β and γ from half-way to its lower neighbour to half-way to its upper one. */
function orderedRange(s: TruthTellingScheme, parameter: SweepParameter): [number, number] | null {
  const mid = (a: number, b: number) => Number(((a + b) / 2).toPrecision(12));
  if (parameter === 'alpha') return [0, mid(s.alpha, s.beta)];
  if (parameter === 'beta') return [mid(s.alpha, s.beta), mid(s.beta, s.gamma)];
  if (parameter === 'gamma') return [mid(s.beta, s.gamma), 2 * s.gamma];
  return null;
}

/**
 * The HR screen's sweep: a parameter of one scheme over a grid, run on the worker pool as one
 * plan (every grid point on the same draws), a budget to meet, and the pay of each rep at the
 * value that meets it. Kept for the whole visit, so moving between screens loses nothing.
 */
export class Tuning {
  schemeId = $state('');
  parameter = $state<SweepParameter>('rate');
  from = $state(0.01);
  to = $state(0.1);
  points = $state(10);
  budget = $state<Budget>({ kind: 'share', share: 0.03 });
  state = $state<TuningState>('idle');
  progress = $state(0);
  error = $state<string | null>(null);
  /** The error's code, for a message in the current language. */
  errorCode = $state.raw<CodedError | null>(null);
  /** Why the last sweep was refused before it ran, worded by the form. */
  refusal = $state.raw<SweepRefusal | null>(null);
  result = $state.raw<SweepResult | null>(null);
  perRep = $state.raw<{ value: number; rows: RepPay[] } | null>(null);
  perRepBusy = $state(false);
  /** Share of the reps whose pay is done, while `perRepBusy`. */
  perRepProgress = $state(0);
  #cancel: (() => void) | null = null;
  #token = 0;
  #repToken = 0;

  /** The scheme to sweep: the chosen one, else the first self-set one, else the first. */
  scheme(schemes: Scheme[]): Scheme | undefined {
    return (
      schemes.find((s) => s.id === this.schemeId) ??
      schemes.find((s) => s.kind === 'truth-telling') ??
      schemes[0]
    );
  }

  parameters(schemes: Scheme[]): SweepParameter[] {
    const scheme = this.scheme(schemes);
    return scheme ? sweepParameters(scheme) : [];
  }

  /** `level`: a typical rep-period's expected sales, the scale of a money parameter's range. */
  choose(schemes: Scheme[], schemeId: string, parameter?: SweepParameter, level = 0): void {
    this.schemeId = schemeId;
    const scheme = this.scheme(schemes);
    if (!scheme) return;
    const available = sweepParameters(scheme);
    if (available.length === 0) return;
    this.parameter = parameter && available.includes(parameter) ? parameter : available[0];
    [this.from, this.to] = defaultRange(scheme, this.parameter, level);
    if (parameterUnit(this.parameter) === 'count') this.points = this.to - this.from + 1;
  }

  /** The value that meets the budget; none for a budget the form refuses (a share below 0). */
  get solution(): BudgetSolution | null {
    if (!this.result || !budgetValid(this.budget)) return null;
    return solveBudget(this.result.points, this.budget);
  }

  /** Why the form's sweep cannot run on `schemes`, or null; `limit` bounds from and to. */
  check(schemes: Scheme[], limit?: Limit): SweepRefusal | null {
    const base = this.scheme(schemes);
    if (!base) return null;
    const available = sweepParameters(base);
    if (available.length === 0) return { reason: 'noParameter' };
    if (!available.includes(this.parameter)) return null;
    return checkSweep(base, this.parameter, [this.from, this.to, this.points], limit);
  }

  /**
   * Runs the sweep on the session's data and settings; a newer sweep or run cancels it. A sweep
   * refused or failed clears the previous one's result, which would otherwise read as its own.
   */
  async run(session: Session, limit?: Limit): Promise<void> {
    const base = this.scheme(session.schemes);
    const reps = session.reps;
    const data = session.dataName;
    const unit = currency();
    if (!base || !reps) return;
    if (!sweepParameters(base).includes(this.parameter)) this.choose(session.schemes, base.id);
    this.cancel();
    const token = ++this.#token;
    this.error = null;
    this.errorCode = null;
    this.refusal = this.check(session.schemes, limit);
    if (this.refusal) {
      this.#fail();
      return;
    }
    this.state = 'running';
    this.progress = 0;

    try {
      const values = linearGrid(this.from, this.to, this.points);
      const schemes = sweepSchemes(base, this.parameter, values);
      const { seed, trials } = session.settings;
      // Refused here in the sweep's terms, before seconds of planning; the pool would refuse it
      // only once planned, counting its grid values as schemes.
      const tooBig = sweepMemoryProblem({ reps: reps.length, trials, values: values.length });
      if (tooBig) throw tooBig;
      // Every point of the grid is planned in the first worker, not on this thread.
      const handle = planAndRun({ seed, trials, schemes }, reps, schemes[0].id, {
        onProgress: (blocks) => {
          if (token === this.#token) this.progress = Math.min(1, (blocks * BLOCK_TRIALS) / trials);
        },
      });
      this.#cancel = handle.cancel;
      const { summary } = await handle.promise;
      if (token !== this.#token) return;
      const parameter = this.parameter;
      const points = sweepPoints(summary, values);
      this.result = { base, parameter, points, seed, trials, reps, data, unit };
      this.perRep = null;
      this.state = 'done';
    } catch (error) {
      if (token !== this.#token) return;
      if (error instanceof DOMException && error.name === 'AbortError') {
        this.state = 'cancelled';
        return;
      }
      this.error = messageOf(error);
      this.errorCode = codeOf(error, 'simulation');
      this.#fail();
    } finally {
      if (token === this.#token) this.#cancel = null;
    }
  }

  cancel(): void {
    this.#cancel?.();
    this.#cancel = null;
  }

  #fail(): void {
    this.state = 'error';
    this.result = null;
    this.perRep = null;
  }

  /**
   * Each rep's pay at `value`, from the rep's own part of the plan (repPlan): the mean and the
   * 5th–95th percentiles of its pay over the horizon. Planned and simulated on the worker pool;
   * like a sweep it cancels a run still going there.
   */
  async payPerRep(reps: RepModel[], value: number): Promise<void> {
    const result = this.result;
    if (!result) return;
    const token = ++this.#repToken;
    this.perRepBusy = true;
    this.perRepProgress = 0;
    try {
      const scheme = withParameter(result.base, result.parameter, value);
      const settings = { seed: result.seed, trials: result.trials, schemes: [scheme] };
      const handle = payPerRep(settings, reps, scheme.id, {
        onProgress: (done, total) => {
          if (token === this.#repToken) this.perRepProgress = done / total;
        },
      });
      const pays = await handle.promise;
      if (token !== this.#repToken) return;
      const rows = pays.map((pay, r) => ({ id: reps[r].id, name: reps[r].name, ...pay }));
      this.perRep = { value, rows };
    } catch (error) {
      if (token !== this.#repToken) return;
      this.error = messageOf(error);
      this.errorCode = codeOf(error, 'simulation');
    } finally {
      if (token === this.#repToken) this.perRepBusy = false;
    }
  }
}

export const tuning = new Tuning();
