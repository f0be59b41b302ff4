import { beforeEach, describe, expect, it } from 'vitest';
import {
  mocks,
  calibration,
  summaryFor,
  pendingRun,
  until,
  shipped,
  onSample,
  done,
  resetSessionMocks,
} from './sessionHarness';

beforeEach(resetSessionMocks);

describe('Session while results are of other data than that in use', () => {
  it('marks the sample’s results as the previous data’s while the imported file runs', async () => {
    const session = await onSample();
    const summary = { rows: 3, skipped: [], warnings: [] };
    mocks.loadCsvBytes.mockResolvedValueOnce({ ok: true, result: calibration(3), summary });
    const run = pendingRun();

    await session.importCsv('big.csv', new Uint8Array([1]), {});
    await until(() => session.state === 'running');

    expect(session.previousData).toBe(true);
    expect(session.stale).toBe(true);
    expect(session.summary?.seed).toBe(1);
    expect(session.summaryData).toEqual({ kind: 'history', source: null });
    expect(session.dataName).toEqual({ kind: 'history', source: 'big.csv' });

    run.finish(summaryFor(2));
    await until(() => session.state === 'done');
    expect([session.previousData, session.stale]).toEqual([false, false]);
    expect(session.summaryData).toEqual({ kind: 'history', source: 'big.csv' });
  });

  it('keeps them marked after the run on the new data is cancelled, until one finishes', async () => {
    const session = await onSample();
    const summary = { rows: 3, skipped: [], warnings: [] };
    mocks.loadCsvBytes.mockResolvedValueOnce({ ok: true, result: calibration(3), summary });
    pendingRun();
    await session.importCsv('big.csv', new Uint8Array([1]), {});
    await until(() => session.state === 'running');

    session.cancel();
    expect([session.state, session.previousData, session.stale]).toEqual(['cancelled', true, true]);

    done(3);
    await session.run();
    expect([session.state, session.previousData, session.stale]).toEqual(['done', false, false]);
  });

  it('does not mark the results of a rerun on the same data while it goes', async () => {
    const session = await onSample();
    const run = pendingRun();
    const rerun = session.run();
    await until(() => session.state === 'running');

    expect([session.previousData, session.stale]).toEqual([false, false]);
    run.finish(summaryFor(4));
    await rerun;
  });

  it('names a scenario’s own reps as the data of the results run on them', async () => {
    const session = await onSample();
    done(2014);
    await session.openScenario(shipped('pharma-2014.json'));

    expect(session.summaryData).toEqual({ kind: 'scenarioReps', count: 1 });
    // Back to the history, whose periods the letter does not fit: refused, still the scenario's.
    await session.useScenarioReps(false);
    expect(session.state).toBe('error');
    expect(session.failure?.key).toBe('run.error.schemesDoNotFit');
    expect(session.previousData).toBe(true);
    expect(session.summaryData).toEqual({ kind: 'scenarioReps', count: 1 });
  });
});
