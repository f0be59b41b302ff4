import { beforeEach, describe, expect, it } from 'vitest';
import { currency, setCurrency, resultsCurrency } from '../../../src/lib/i18n/i18n.svelte';
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

beforeEach(() => {
  resetSessionMocks();
  setCurrency('CNY');
});

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
    // Back to the history, whose periods the letter does not fit: refused, and the switch is
    // put back, so the results on screen are of the data in use again.
    await session.useScenarioReps(false);
    expect(session.state).toBe('error');
    expect(session.failure?.key).toBe('run.error.schemesDoNotFit');
    expect([session.onScenarioReps, session.previousData]).toEqual([true, false]);
    expect(session.summaryData).toEqual({ kind: 'scenarioReps', count: 1 });
  });

  it('puts the switch back when the run on the other data is cancelled; the unit stays', async () => {
    const session = await onSample();
    const own = { ...shipped('reference-lognormal.json'), currency: 'CNY-10k' as const };
    done(own.seed);
    await session.openScenario(own);
    expect([session.onScenarioReps, currency()]).toEqual([true, 'CNY-10k']);
    const summary = session.summary;

    const run = pendingRun();
    const switching = session.useScenarioReps(false);
    await until(() => session.state === 'running');
    // The results on screen are still the reps': money stays in their unit meanwhile.
    expect([session.previousData, resultsCurrency()]).toEqual([true, 'CNY-10k']);
    session.cancel();
    expect(run.cancel).toHaveBeenCalled();
    // The pool's run ends once cancelled (rejected there); its summary is no longer wanted.
    run.finish(summaryFor(9));
    await switching;
    expect([session.state, session.onScenarioReps, session.previousData]).toEqual([
      'cancelled',
      true,
      false,
    ]);
    expect([session.summary, currency(), resultsCurrency()]).toEqual([
      summary,
      'CNY-10k',
      'CNY-10k',
    ]);

    // A run on the history that finishes shows its results in the history's unit.
    done(3);
    await session.useScenarioReps(false);
    expect([session.state, session.onScenarioReps, currency()]).toEqual(['done', false, 'CNY']);
  });
});
