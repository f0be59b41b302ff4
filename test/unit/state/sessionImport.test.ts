import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  mocks,
  Session,
  calibration,
  summaryFor,
  pendingRun,
  until,
  resetSessionMocks,
} from './sessionHarness';

beforeEach(resetSessionMocks);

describe('Session', () => {
  it('a refused import keeps the previous data, results and status, neither failed nor dimmed', async () => {
    const session = new Session();
    mocks.runs.push({
      promise: Promise.resolve(summaryFor(7)),
      cancel: vi.fn(),
    });
    await session.useSample();
    const before = { dataset: session.dataset, summary: session.summary };

    const errors = ['zeros.csv: no rep has any positive sales to simulate'];
    mocks.loadCsvBytes.mockResolvedValueOnce({ ok: false, errors });
    const outcome = await session.importCsv('zeros.csv', new Uint8Array(), {});

    expect(outcome).toEqual({ status: 'failed', errors });
    expect(session.state).toBe('done');
    expect(session.stage).toBeNull();
    expect(session.failure).toBeNull();
    expect(session.stale).toBe(false);
    expect(session.dataset).toBe(before.dataset);
    expect(session.summary).toBe(before.summary);
  });

  it('a refused import leaves the failure of the run before it on screen', async () => {
    const session = new Session();
    mocks.runs.push({ promise: Promise.resolve(summaryFor(7)), cancel: vi.fn() });
    await session.useSample();
    const gone = Promise.reject(new Error('worker gone'));
    gone.catch(() => {}); // handled by the session's run, which attaches to it later
    mocks.runs.push({ promise: gone, cancel: vi.fn() });
    await session.run();
    expect(session.state).toBe('error');
    const failed = { failure: session.failure, code: session.failureCode };

    mocks.loadCsvBytes.mockResolvedValueOnce({ ok: false, errors: ['bad.csv: row 3'] });
    await session.importCsv('bad.csv', new Uint8Array(), {});

    expect(session.state).toBe('error');
    expect(session.failure).toBe(failed.failure);
    expect(session.failureCode).toBe(failed.code);
    expect(session.stale).toBe(true);
  });

  it('a refused import begun during a run says that run was cancelled', async () => {
    const session = new Session();
    mocks.runs.push({ promise: Promise.resolve(summaryFor(7)), cancel: vi.fn() });
    await session.useSample();
    const run = pendingRun();
    const rerun = session.run();
    await until(() => session.state === 'running');

    mocks.loadCsvBytes.mockResolvedValueOnce({ ok: false, errors: ['bad.csv: row 3'] });
    await session.importCsv('bad.csv', new Uint8Array(), {});
    run.finish(summaryFor(8));
    await rerun;

    expect(run.cancel).toHaveBeenCalled();
    expect(session.state).toBe('cancelled');
    expect(session.failure).toBeNull();
    expect(session.stale).toBe(true);
    expect(session.summary?.seed).toBe(7);
  });

  it('a cancelled import keeps the previous data and results, neither failed nor dimmed', async () => {
    const session = new Session();
    mocks.runs.push({ promise: Promise.resolve(summaryFor(7)), cancel: vi.fn() });
    await session.useSample();
    const before = { dataset: session.dataset, summary: session.summary };

    mocks.loadCsvBytes.mockResolvedValueOnce({ ok: false, errors: [], cancelled: true });
    const watch = { cancelled: true, step: () => {} };
    const outcome = await session.importCsv('big.csv', new Uint8Array(), { watch });

    expect(outcome).toEqual({ status: 'cancelled' });
    expect(session.state).toBe('done');
    expect(session.failure).toBeNull();
    expect(session.stale).toBe(false);
    expect(session.dataset).toBe(before.dataset);
    expect(session.summary).toBe(before.summary);
  });

  it('a good import replaces the data and reruns on it', async () => {
    const session = new Session();
    const summary = { rows: 3, skipped: [], warnings: [] };
    mocks.loadCsvBytes.mockResolvedValueOnce({ ok: true, result: calibration(3), summary });
    const run = pendingRun();

    const outcome = await session.importCsv('orders.csv', new Uint8Array([1]), {
      encoding: 'gb18030',
    });
    expect(outcome).toEqual({ status: 'loaded', summary, thinReps: [] });
    expect(session.dataset?.source).toBe('orders.csv');
    expect(mocks.loadCsvBytes.mock.calls[0][1]).toBe('orders.csv');
    expect(mocks.loadCsvBytes.mock.calls[0][3]).toEqual({ encoding: 'gb18030' });

    await until(() => session.state === 'running');
    run.finish(summaryFor(3));
    await until(() => session.state === 'done');
    expect(mocks.plans[0].reps).toBe(3);
  });
});
