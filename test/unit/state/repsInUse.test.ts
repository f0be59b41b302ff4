import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CalibrationResult } from '../../../src/lib/data';
import {
  makePlan,
  parseScenario,
  runInProcess,
  type PlanSettings,
  type RepModel,
  type Scenario,
} from '../../../src/lib/engine';
import { sumBelief } from '../../../src/lib/engine/sweep';

// The browser-only edges are replaced; the worker pool plans and runs in process, which gives
// the same summary, so Behaviour's run is the engine's own on whichever reps it was given.
vi.mock('$app/paths', () => ({ asset: (path: string) => path }));
vi.mock('../../../src/lib/data/browserDb', () => ({
  getBrowserDb: async () => ({}),
  warmBrowserDb: async () => {},
}));
vi.mock('../../../src/lib/workers', () => ({
  planAndRun: (settings: PlanSettings, reps: RepModel[], baseline: string) => {
    const plan = makePlan(settings, reps);
    const summary = runInProcess(plan, reps, baseline);
    return { promise: Promise.resolve({ plan, summary, blocks: [] }), cancel: () => {} };
  },
}));

const { Session } = await import('../../../src/lib/state/session.svelte');
const { repsInUse } = await import('../../../src/lib/state/repsInUse');
const { Training, trainingReps } = await import('../../../src/lib/state/training.svelte');
const { BehaviourRun } = await import('../../../src/lib/components/behaviour/behaviourRun.svelte');
const { setCurrency } = await import('../../../src/lib/i18n/i18n.svelte');

// The unit shown is the app's one: a scenario opened by a test before must not set the unit the
// next test's history is counted in.
beforeEach(() => setCurrency('CNY'));

/** A loaded history of two reps over twelve months. */
function history(): CalibrationResult {
  const reps = ['a', 'b'].map((id, k) => ({
    id,
    name: `History rep ${id}`,
    mean: Array.from({ length: 12 }, (_, m) => 1000 * (k + 1) + 10 * m),
    sigma: 0.2,
    historyPeriods: 24,
    thin: false,
  }));
  return { reps, histories: [], report: { grain: 'month' } } as unknown as CalibrationResult;
}

/** A shipped scenario with few trials: these tests check which reps run, not the figures. */
function shipped(name: string): Scenario {
  const parsed = parseScenario(readFileSync(`scenarios/${name}`, 'utf8'), name);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return { ...parsed.scenario, trials: 200 };
}

async function sessionWith(scenario: string | Scenario) {
  const session = new Session();
  session.dataset = { source: null, result: history() };
  await session.openScenario(typeof scenario === 'string' ? shipped(scenario) : scenario);
  return session;
}

/**
 * The pharmaceutical letter's quarterly rep in 万元 under the reference's self-set scheme,
 * which fits the history's months too: it opens on its rep (another unit than the history's)
 * and can switch to the history.
 */
function letterRepSelfSet(): Scenario {
  const { schemes } = shipped('reference-lognormal.json');
  return { ...shipped('pharma-2014.json'), schemes, baseline: schemes[0].id };
}

function runBehaviour(session: InstanceType<typeof Session>) {
  const run = new BehaviourRun();
  const options = { seed: 1, trials: 200, baseline: session.baseline };
  return run.run(repsInUse(session).reps, session.schemes, options).then(() => run);
}

describe('repsInUse', () => {
  it('repsInUse gives the session’s reps and says when they are the scenario’s own', () => {
    const own = history().reps.slice(0, 1);
    const loaded = history().reps;
    expect(repsInUse({ reps: own, scenarioReps: own })).toEqual({ reps: own, fromScenario: true });
    expect(repsInUse({ reps: loaded, scenarioReps: own })).toEqual({
      reps: loaded,
      fromScenario: false,
    });
    expect(repsInUse({ reps: null, scenarioReps: null })).toEqual({
      reps: [],
      fromScenario: false,
    });
  });
});

describe('Train and Behaviour on a scenario that lists its own reps', () => {
  it('run on the scenario’s rep while the comparison does, and on the history after the switch', async () => {
    const session = await sessionWith(letterRepSelfSet());
    expect(session.onScenarioReps).toBe(true);

    const training = new Training();
    const own = trainingReps(session);
    expect(own.fromScenario).toBe(true);
    expect(own.reps.map((r) => r.name)).toEqual(['Marketing director, national region']);
    // Four quarterly periods: a quarter is the first of them.
    expect(own.perQuarter).toBe(1);
    const ownBelief = training.belief(session)!;
    expect(ownBelief).toEqual(sumBelief([400], 0.12));
    training.choose(420, ownBelief);
    training.play(session, 2, 420);
    expect(training.chosenTarget(ownBelief)).toBe(420);
    expect(training.game(session)).toHaveLength(2);
    const onOwn = await runBehaviour(session);
    expect(onOwn.state).toBe('done');
    expect(onOwn.result?.reps.map((r) => r.id)).toEqual(['director']);
    expect(onOwn.result?.summary.reps).toBe(1);

    await session.useScenarioReps(false);
    const loaded = trainingReps(session);
    expect(loaded.fromScenario).toBe(false);
    expect(loaded.reps).toBe(session.dataset?.result.reps);
    expect(loaded.perQuarter).toBe(3);
    const first = loaded.reps[0];
    const loadedBelief = training.belief(session);
    expect(loadedBelief).toEqual(sumBelief(first.mean.slice(0, 3), first.sigma));
    // The target and the quarters picked on the scenario's rep are not this rep's.
    expect(training.chosenTarget(loadedBelief)).toBeNull();
    expect(training.game(session)).toEqual([]);
    expect(repsInUse(session).reps.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('Train falls back to the described rep when the scenario’s periods make no quarter', async () => {
    const session = await sessionWith('reference-lognormal.json');
    // The reference's rep is counted in plain numbers, the history in yuan: its rep runs.
    expect(session.onScenarioReps).toBe(true);

    const own = trainingReps(session);
    expect(own).toMatchObject({ fromScenario: true, periods: 1, perQuarter: null });
    const training = new Training();
    training.sampleMean = 5000;
    training.sampleSigma = 0.3;
    const belief = training.belief(session)!;
    expect(belief.logSigma).toBe(0.3);
    expect(Math.exp(belief.logMu + belief.logSigma ** 2 / 2)).toBeCloseTo(5000, 9);
  });
});
