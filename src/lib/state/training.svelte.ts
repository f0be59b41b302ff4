import {
  bestTarget,
  selfSet,
  truthTellingPay,
  type LognormalBelief,
  type RepModel,
} from '../engine';
import { sumBelief, trainingQuarters } from '../engine/sweep';
import type { Grain } from '../data';
import { DEFAULT_FLOOR } from '../engine/constants';
import type { Scheme, TruthTellingScheme } from '../engine/types';
import { repsInUse } from './repsInUse';
import type { Session } from './session.svelte';
import { DEFAULT_RATE } from './settings';

export type BeliefSource = 'rep' | 'sample';

/** One quarter of the game: what was sold, and what each way of setting the target earned. */
export interface PlayedQuarter {
  index: number;
  sales: number;
  target: number;
  pay: number;
  best: number;
  bestPay: number;
  sandbagPay: number;
  overreachPay: number;
}

/** The sandbagger reports this much of the best target, the overreacher this much. */
export const SANDBAG = 0.8;
export const OVERREACH = 1.2;

/** Periods of each grain in a quarter: a quarter's belief sums that many periods. */
const perQuarter: Record<Grain, number> = { quarter: 1, month: 3, week: 13, day: 91 };

/** The reps whose history a belief can come from, and how many of their periods make a quarter. */
export interface TrainingReps {
  reps: RepModel[];
  fromScenario: boolean;
  /** Their number of periods, and how many make a quarter (null: they do not split into four). */
  periods: number;
  perQuarter: number | null;
  /** Forecast periods before the next whole quarter begins (the rest of the current one). */
  offset: number;
  /** Labels of the forecast periods that make that quarter, where the data name them. */
  quarter: string[];
}

/**
 * The reps in use (Session.reps, as on the other screens). A scenario's own reps carry no
 * grain: the engine takes their periods as one year (makePlan's behaviour pass), so a quarter
 * is a fourth of them. Known gap: reps whose periods do not split into four (a single mean)
 * give no quarter, and the screen says so and asks for a described rep instead; that stays
 * until a scenario's "reps" data can say what its periods are.
 */
export function trainingReps(session: Session): TrainingReps {
  const { reps, fromScenario } = repsInUse(session);
  const periods = reps[0]?.mean.length ?? 0;
  if (!fromScenario) {
    const report = session.dataset?.result.report;
    const grain = report?.grain;
    const each = grain ? perQuarter[grain] : null;
    const horizon = report?.horizon ?? [];
    const offset = grain === 'month' ? monthsToQuarter(horizon) : 0;
    const quarter =
      (grain === 'month' || grain === 'quarter') && each !== null
        ? horizon.slice(offset, offset + each)
        : [];
    return { reps, fromScenario, periods, perQuarter: each, offset, quarter };
  }
  const each = periods > 0 && periods % 4 === 0 ? periods / 4 : null;
  return { reps, fromScenario, periods, perQuarter: each, offset: 0, quarter: [] };
}

/**
 * Forecast months (labelled YYYY-MM) before the first that opens a calendar quarter: data
 * ending in February leave March to finish the first quarter, so the next quarter is April to
 * June, the window a quarterly scheme assesses and the fitted seasonal factors describe.
 */
function monthsToQuarter(horizon: readonly string[]): number {
  const start = horizon.findIndex((label) => (Number(label.slice(5, 7)) - 1) % 3 === 0);
  return Math.max(0, start);
}

/**
 * What Train pays by when no scheme of the run is a self-set target: the essay's rule at its
 * default t and floor. Compare's t and floor are turned off then, so they are not used: values
 * left from an earlier scenario, which no field shows, would otherwise set the pay.
 */
export const ownRule: TruthTellingScheme = selfSet(DEFAULT_RATE, DEFAULT_FLOOR);

/**
 * A scheme set per period of the data, paying a quarter: its base pay counts once for each
 * period of the quarter. Where the periods make no quarter (reps whose periods do not split
 * into four), a period is taken as the quarter, as the described sample rep's belief is.
 */
export function quarterScheme(
  scheme: TruthTellingScheme,
  periodsPerQuarter: number | null,
): TruthTellingScheme {
  const periods = periodsPerQuarter ?? 1;
  if (periods === 1 || scheme.basePay === 0) return scheme;
  return { ...scheme, basePay: scheme.basePay * periods };
}

/**
 * The expected sales of each period of the first quarter. At weekly and daily grain the fit
 * forecasts fewer periods than a quarter holds (4 weeks or days, not 13 or 91): they repeat
 * to fill it, so the quarter keeps their level but not a trend beyond them (summing only those
 * would call 4 days' sales a quarter's). Known gap until the fit forecasts a whole quarter.
 */
export function quarterMeans(means: readonly number[], periodsPerQuarter: number): number[] {
  if (means.length === 0) return [];
  return Array.from({ length: periodsPerQuarter }, (_, i) => means[i % means.length]);
}

/** The self-set target schemes of a run, which Train can pay by. */
export function selfSetSchemes(schemes: readonly Scheme[]): TruthTellingScheme[] {
  return schemes.filter((s): s is TruthTellingScheme => s.kind === 'truth-telling');
}

/**
 * The rep training screen: a belief about next quarter's sales (a rep's own history, or a
 * sample rep the user describes), the target the rep picks, and the quarters played so far.
 */
export class Training {
  source = $state<BeliefSource>('rep');
  repId = $state('');
  sampleMean = $state(100_000);
  sampleSigma = $state(0.25);
  schemeId = $state('');
  target = $state<number | null>(null);
  played = $state.raw<PlayedQuarter[]>([]);
  #playedKey = $state('');
  /** The belief `target` was picked under: the scenario notice's switch can change it. */
  #targetBelief = $state('');

  /**
   * The truth-telling scheme the rep is paid by over a quarter: the chosen one of the run, else
   * `ownRule`, with its base pay for the quarter (quarterScheme).
   */
  scheme(session: Session): TruthTellingScheme {
    const run = selfSetSchemes(session.schemes);
    const chosen = run.find((s) => s.id === this.schemeId) ?? run[0] ?? ownRule;
    return quarterScheme(chosen, trainingReps(session).perQuarter);
  }

  /** The chosen rep among `reps`, else the first; undefined when there is none. */
  rep(reps: RepModel[]): RepModel | undefined {
    return reps.find((r) => r.id === this.repId) ?? reps[0];
  }

  /**
   * The rep's belief about a quarter's sales, or null when its history cannot give one. With
   * no rep history that makes a quarter, the belief is the described sample rep's.
   */
  belief(session: Session): LognormalBelief | null {
    const { reps, perQuarter: quarter, offset } = trainingReps(session);
    const rep = this.rep(reps);
    if (this.source === 'sample' || !rep || quarter === null) {
      const sigma = this.sampleSigma;
      if (!(this.sampleMean > 0) || !(sigma >= 0)) return null;
      return { logMu: Math.log(this.sampleMean) - (sigma * sigma) / 2, logSigma: sigma };
    }

    const periods = quarterMeans(rep.mean.slice(offset), quarter);
    return periods.some((m) => m > 0) ? sumBelief(periods, rep.sigma) : null;
  }

  /** Picks `value` as the target under `belief`; it stays the target while the belief does. */
  choose(value: number, belief: LognormalBelief): void {
    this.target = value;
    this.#targetBelief = JSON.stringify(belief);
  }

  /** The target picked under `belief`, or null (none picked, or picked under another belief). */
  chosenTarget(belief: LognormalBelief | null): number | null {
    return JSON.stringify(belief) === this.#targetBelief ? this.target : null;
  }

  /** The quarters played under the belief and scheme of now; none once either changed. */
  game(session: Session): PlayedQuarter[] {
    return this.#gameKey(session) === this.#playedKey ? this.played : [];
  }

  #gameKey(session: Session): string {
    return JSON.stringify([this.belief(session), this.scheme(session), session.settings.seed]);
  }

  /** Plays `count` more quarters at `target`; a new belief or scheme starts a new game. */
  play(session: Session, count: number, target: number): void {
    const belief = this.belief(session);
    if (!belief) return;
    const scheme = this.scheme(session);
    const key = this.#gameKey(session);
    if (key !== this.#playedKey) this.reset(key);

    const best = bestTarget(scheme, belief);
    const pay = (x: number, y: number) => truthTellingPay(scheme, x, y);
    const first = this.played.length;
    const sales = trainingQuarters(session.settings.seed, belief, first, count);
    this.played = [
      ...this.played,
      ...sales.map((y, k) => ({
        index: first + k + 1,
        sales: y,
        target,
        pay: pay(target, y),
        best,
        bestPay: pay(best, y),
        sandbagPay: pay(best * SANDBAG, y),
        overreachPay: pay(best * OVERREACH, y),
      })),
    ];
  }

  reset(key = ''): void {
    this.played = [];
    this.#playedKey = key;
  }
}

export const training = new Training();
