import { bestTarget, selfSet, truthTellingPay, type LognormalBelief } from '../engine';
import { sumBelief, trainingQuarters } from '../engine/sweep';
import type { Grain } from '../data';
import type { TruthTellingScheme } from '../engine/types';
import type { Session } from './session.svelte';

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
  #playedKey = '';

  /** The truth-telling scheme the rep is paid by: the chosen one of the run, else the essay's. */
  scheme(session: Session): TruthTellingScheme {
    const own = session.schemes.filter((s) => s.kind === 'truth-telling');
    const chosen = own.find((s) => s.id === this.schemeId) ?? own[0];
    return chosen ?? selfSet(session.settings.rate, session.settings.floor);
  }

  /** The rep's belief about a quarter's sales, or null when its history cannot give one. */
  belief(session: Session): LognormalBelief | null {
    const data = session.dataset?.result;
    if (this.source === 'sample' || !data) {
      const sigma = this.sampleSigma;
      if (!(this.sampleMean > 0) || !(sigma >= 0)) return null;
      return { logMu: Math.log(this.sampleMean) - (sigma * sigma) / 2, logSigma: sigma };
    }

    const rep = data.reps.find((r) => r.id === this.repId) ?? data.reps[0];
    if (!rep) return null;
    const months = rep.mean.slice(0, perQuarter[data.report.grain]);
    return months.some((m) => m > 0) ? sumBelief(months, rep.sigma) : null;
  }

  /** Plays `count` more quarters at `target`; a new belief or scheme starts a new game. */
  play(session: Session, count: number, target: number): void {
    const belief = this.belief(session);
    if (!belief) return;
    const scheme = this.scheme(session);
    const key = JSON.stringify([belief, scheme, session.settings.seed]);
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
