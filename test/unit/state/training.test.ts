import { describe, expect, it } from 'vitest';
import { bestTarget, selfSet, truthTellingPay, type RepModel } from '../../../src/lib/engine';
import { sumBelief, trainingQuarters } from '../../../src/lib/engine/sweep';
import type { Session } from '../../../src/lib/state/session.svelte';
import { DEFAULT_FLOOR } from '../../../src/lib/engine/constants';
import { DEFAULT_RATE } from '../../../src/lib/state/settings';
import {
  OVERREACH,
  ownRule,
  SANDBAG,
  Training,
  trainingReps,
} from '../../../src/lib/state/training.svelte';

const rep: RepModel = {
  id: 'r1',
  name: 'Rep one',
  mean: [100, 110, 120, 130],
  sigma: 0.2,
  historyPeriods: 24,
  thin: false,
};
const scheme = selfSet(0.05, 'zero');

function fakeSession(
  grain: 'month' | 'week' | 'day' | 'quarter' = 'month',
  schemes = [scheme],
): Session {
  return {
    dataset: { source: null, result: { reps: [rep], histories: [], report: { grain } } },
    reps: [rep],
    scenarioReps: null,
    schemes,
    settings: { seed: 42, rate: 0.05, floor: 'zero' },
  } as unknown as Session;
}

/** A run whose only scheme is a quota, with t and floor left at other values than Train's. */
function quotaSession(rate: number, floor: 'none' | 'deduct'): Session {
  const quota = { kind: 'haggled-quota', id: 'quota' };
  const session = fakeSession('month', [quota as unknown as typeof scheme]);
  return { ...session, settings: { seed: 42, rate, floor } } as Session;
}

describe('Training', () => {
  it('belief sums the first quarter of the rep’s fitted months', () => {
    const training = new Training();
    expect(training.belief(fakeSession())).toEqual(sumBelief([100, 110, 120], 0.2));
    expect(training.belief(fakeSession('quarter'))).toEqual(sumBelief([100], 0.2));
  });

  it('belief of a monthly history ending mid-quarter is the next calendar quarter, named', () => {
    // Data to February 2024: the fit forecasts March 2024 to February 2025.
    const horizon = Array.from({ length: 12 }, (_, i) => {
      const date = new Date(Date.UTC(2024, 2 + i, 1));
      return date.toISOString().slice(0, 7);
    });
    const yearly: RepModel = { ...rep, mean: horizon.map((_, i) => 1000 + 10 * i) };
    const session = {
      ...fakeSession(),
      dataset: { result: { reps: [yearly], histories: [], report: { grain: 'month', horizon } } },
      reps: [yearly],
    } as unknown as Session;
    const inQ2 = horizon.flatMap((label, i) =>
      ['04', '05', '06'].includes(label.slice(5)) ? [yearly.mean[i]] : [],
    );

    expect(trainingReps(session).quarter).toEqual(['2024-04', '2024-05', '2024-06']);
    expect(new Training().belief(session)).toEqual(sumBelief(inQ2, rep.sigma));
  });

  it('belief of a weekly or daily history covers a whole quarter, not the four periods forecast', () => {
    const training = new Training();
    const mean = (grain: 'week' | 'day') => {
      const belief = training.belief(fakeSession(grain))!;
      return Math.exp(belief.logMu + belief.logSigma ** 2 / 2);
    };
    // The four forecast periods repeat: 13 weeks are three rounds and one week more.
    const round = 100 + 110 + 120 + 130;
    expect(mean('week')).toBeCloseTo(3 * round + 100, 6);
    expect(mean('day')).toBeCloseTo(22 * round + 100 + 110 + 120, 6);
  });

  it('belief of a sample rep is the lognormal with the mean and volatility given', () => {
    const training = new Training();
    training.source = 'sample';
    training.sampleMean = 5000;
    training.sampleSigma = 0.3;
    const belief = training.belief(fakeSession());
    expect(Math.exp(belief!.logMu + belief!.logSigma ** 2 / 2)).toBeCloseTo(5000, 9);
  });

  it('play pays each seeded quarter under the rep’s target and the alternatives', () => {
    const training = new Training();
    const session = fakeSession();
    const belief = training.belief(session)!;
    const best = bestTarget(scheme, belief);

    training.play(session, 2, 300);
    training.play(session, 1, 320);
    const sales = trainingQuarters(42, belief, 0, 3);
    expect(training.played.map((q) => q.sales)).toEqual(sales);
    expect(training.played.map((q) => q.target)).toEqual([300, 300, 320]);
    training.played.forEach((q) => {
      expect(q.pay).toBe(truthTellingPay(scheme, q.target, q.sales));
      expect(q.bestPay).toBe(truthTellingPay(scheme, best, q.sales));
      expect(q.sandbagPay).toBe(truthTellingPay(scheme, best * SANDBAG, q.sales));
      expect(q.overreachPay).toBe(truthTellingPay(scheme, best * OVERREACH, q.sales));
    });
  });

  it('play starts a new game when the belief changes', () => {
    const training = new Training();
    const session = fakeSession();
    training.play(session, 3, 300);
    training.source = 'sample';
    training.play(session, 1, 100_000);
    expect(training.played.map((q) => q.index)).toEqual([1]);
  });

  it('scheme is the run’s chosen self-set scheme, else the first of them', () => {
    const other = selfSet(0.08, 'none', { id: 'other' });
    const session = fakeSession('month', [scheme, other]);
    const training = new Training();
    expect(training.scheme(session)).toBe(scheme);
    training.schemeId = 'other';
    expect(training.scheme(session)).toBe(other);
  });

  it('scheme takes a base pay set per month three times over a quarter, as its pay does', () => {
    const deduct = { ...selfSet(0.05, 'deduct'), basePay: 500 };
    const training = new Training();
    const monthly = training.scheme(fakeSession('month', [deduct]));
    const quarterly = training.scheme(fakeSession('quarter', [deduct]));

    expect(monthly.basePay).toBe(1500);
    expect(quarterly).toBe(deduct);
    // A quarter with no sales at a target of 100,000 loses the quarter's whole base pay.
    expect(truthTellingPay(monthly, 100_000, 0)).toBe(-1500);
    expect(truthTellingPay(quarterly, 100_000, 0)).toBe(-500);
  });

  it('scheme is Train’s own rule when no scheme of the run is self-set, whatever t and floor', () => {
    const training = new Training();
    const leftOver = training.scheme(quotaSession(0.2, 'none'));
    expect(leftOver).toEqual(selfSet(DEFAULT_RATE, DEFAULT_FLOOR));
    expect(training.scheme(quotaSession(0.01, 'deduct'))).toBe(leftOver);
    expect(leftOver).toBe(ownRule);
  });
});
