import { beforeEach, describe, expect, it } from 'vitest';
import type { StatedScenario } from '../../../src/lib/engine/scenario';
import type { RepModel } from '../../../src/lib/engine/types';
import { currency, setCurrency } from '../../../src/lib/i18n/i18n.svelte';
import { mocks, calibration, shipped, onSample, done, resetSessionMocks } from './sessionHarness';

beforeEach(() => {
  resetSessionMocks();
  setCurrency('CNY');
});

/** A shipped scenario without the unit its file states, as older files are. */
function unstated(name: string): StatedScenario {
  const scenario: StatedScenario = { ...shipped(name) };
  delete scenario.currency;
  return scenario;
}

describe('Session with a scenario that lists its own reps', () => {
  it('runs on those reps when its schemes do not fit the loaded history, which stays', async () => {
    const session = await onSample();
    const history = session.dataset;
    const pharma = shipped('pharma-2014.json');
    done(pharma.seed);

    await session.openScenario(pharma);

    expect(session.state).toBe('done');
    expect(session.failure).toBeNull();
    expect(session.onScenarioReps).toBe(true);
    expect(session.notice).toEqual({ key: 'scenarioReps' });
    const [, reps] = mocks.planAndRun.mock.calls[1];
    expect((reps as RepModel[]).map((r) => r.id)).toEqual(['director']);
    expect(mocks.plans[1].periods).toBe(4);
    expect(session.dataset).toBe(history);
  });

  it('says why its schemes cannot run on the history, and puts back a switch to it', async () => {
    const session = await onSample();
    const pharma = shipped('pharma-2014.json');
    done(pharma.seed);
    await session.openScenario(pharma);
    // The sample's months do not fit the quarterly letter: the notice offers no switch.
    expect(session.historyMisfit[0]?.path).toBe('schemes[0].quota.values');
    const summary = session.summary;

    await session.useScenarioReps(false);
    // Made anyway, it is refused in words, and the letter's rep stays the data in use.
    expect(session.failure?.problems?.[0].path).toBe('schemes[0].quota.values');
    expect(session.onScenarioReps).toBe(true);
    expect(session.reps).toBe(session.scenarioReps);
    expect(session.summary).toBe(summary);
    expect(mocks.planAndRun).toHaveBeenCalledTimes(2);
  });

  it('goes back to the loaded history on request and to its own reps again', async () => {
    const session = await onSample();
    const reference = shipped('reference-lognormal.json');
    done(reference.seed);
    await session.openScenario(reference);
    // Its rep is counted in plain numbers, the sample in yuan: it opens on its rep.
    expect(session.onScenarioReps).toBe(true);
    expect(session.historyMisfit).toEqual([]);

    done(reference.seed);
    await session.useScenarioReps(false);
    expect([session.state, session.onScenarioReps]).toEqual(['done', false]);
    expect(session.reps).toBe(session.dataset?.result.reps);
    expect(mocks.plans[2].reps).toBe(2);

    done(reference.seed);
    await session.useScenarioReps(true);
    expect(session.state).toBe('done');
    expect(mocks.plans[3].reps).toBe(1);
  });

  it('runs on the loaded history when its schemes fit it, and offers its own reps', async () => {
    const session = await onSample();
    const reference = unstated('reference-lognormal.json');
    done(reference.seed);

    await session.openScenario(reference);

    expect(session.state).toBe('done');
    expect(session.onScenarioReps).toBe(false);
    expect(session.scenarioReps?.map((r) => r.id)).toEqual(['reference']);
    expect(mocks.plans[1].reps).toBe(2);
  });

  it('an imported file afterwards is what runs next', async () => {
    const session = await onSample();
    const pharma = shipped('pharma-2014.json');
    done(pharma.seed);
    await session.openScenario(pharma);

    const summary = { rows: 3, skipped: [], warnings: [] };
    mocks.loadCsvBytes.mockResolvedValueOnce({ ok: true, result: calibration(3), summary });
    await session.importCsv('orders.csv', new Uint8Array([1]), {});

    expect(session.onScenarioReps).toBe(false);
    expect(session.reps).toHaveLength(3);
  });

  it('runs on its own reps when they are counted in another unit than the history', async () => {
    const session = await onSample();
    const reference = shipped('reference-lognormal.json');
    done(reference.seed);

    await session.openScenario(reference);

    expect(session.onScenarioReps).toBe(true);
    expect(mocks.plans[1].reps).toBe(1);
    expect(currency()).toBe('none');
  });

  it('opens the same file on the same data every time, whatever was opened before', async () => {
    const session = await onSample();
    const reference = shipped('reference-lognormal.json');
    for (const run of [1, 2]) {
      done(reference.seed);
      await session.openScenario(reference);
      expect(session.onScenarioReps).toBe(true);
      expect(mocks.plans[run].reps).toBe(1);
    }
    done(reference.seed);
    await session.openScenario(shipped('scheme-library.json'));
    done(reference.seed);
    await session.openScenario(reference);
    expect(session.onScenarioReps).toBe(true);
  });

  it('shows the history in its own unit again when the run goes back to it', async () => {
    const session = await onSample();
    setCurrency('USD');
    const reference = shipped('reference-lognormal.json');
    done(reference.seed);
    await session.openScenario(reference);
    expect(currency()).toBe('none');

    done(reference.seed);
    await session.useScenarioReps(false);
    expect(currency()).toBe('USD');
    done(reference.seed);
    await session.useScenarioReps(true);
    expect(currency()).toBe('none');

    done(1);
    await session.useSample();
    expect(session.onScenarioReps).toBe(false);
    expect(currency()).toBe('USD');
  });

  it('a scenario without reps stating 万元 leaves data read from 万元 headers in yuan', async () => {
    const session = await onSample();
    const summary = { rows: 3, skipped: [], warnings: [], scaled: true };
    mocks.loadCsvBytes.mockResolvedValueOnce({ ok: true, result: calibration(3), summary });
    done(1);
    await session.importCsv('销售.csv', new Uint8Array([1]), {});
    expect(session.dataset?.scaled).toBe(true);

    const library: StatedScenario = {
      ...shipped('scheme-library.json'),
      data: { source: 'file', path: '销售.csv' },
      currency: 'CNY-10k',
    };
    done(library.seed);
    await session.openScenario(library);

    expect(currency()).toBe('CNY');
    expect(session.scenario?.name).toBe(library.name);
    expect(session.dataset?.source).toBe('销售.csv');
  });
});
