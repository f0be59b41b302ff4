import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CalibrationResult } from '../../../src/lib/data';
import { readFileSync } from 'node:fs';
import { makePlan, parseScenario, type PlanSettings, type Scenario } from '../../../src/lib/engine';
import type { RepModel, RunSummary, SimPlan } from '../../../src/lib/engine/types';
import type { PlannedRunOptions } from '../../../src/lib/workers';

type QueuedRun = { promise: Promise<RunSummary>; cancel: () => void };

// The browser-only edges are replaced; the engine's real makePlan still runs on the fake reps,
// where the worker would run it, and the runs the test queues stand in for the simulation.
const mocks = vi.hoisted(() => ({
  fetchSampleCalibration: vi.fn(),
  loadSampleRows: vi.fn(),
  loadCsvBytes: vi.fn(),
  runs: [] as QueuedRun[],
  plans: [] as SimPlan[],
  planAndRun: vi.fn(),
}));

mocks.planAndRun.mockImplementation(
  (settings: PlanSettings, reps: RepModel[], _baseline: string, options: PlannedRunOptions) => {
    const plan = makePlan(settings, reps);
    mocks.plans.push(plan);
    options.onPlanned?.(plan);
    const run = mocks.runs.shift();
    if (!run) throw new Error('no run queued');
    const promise = run.promise.then((summary) => ({ plan, summary, blocks: [] }));
    return { promise, cancel: run.cancel };
  },
);

vi.mock('$app/paths', () => ({ asset: (path: string) => path }));
vi.mock('../../../src/lib/data/browserDb', () => ({
  getBrowserDb: async () => ({}),
  warmBrowserDb: async () => {},
}));
vi.mock('../../../src/lib/workers', () => ({ planAndRun: mocks.planAndRun }));
vi.mock('../../../src/lib/data', async (original) => ({
  ...(await original<object>()),
  loadCsvBytes: mocks.loadCsvBytes,
}));
vi.mock('../../../src/lib/data/sample/fetchSampleCalibration', () => ({
  fetchSampleCalibration: mocks.fetchSampleCalibration,
}));
vi.mock('../../../src/lib/data/source', async (original) => ({
  ...(await original<object>()),
  loadSampleRows: mocks.loadSampleRows,
}));

const { Session } = await import('../../../src/lib/state/session.svelte');

function rep(id: string): RepModel {
  return {
    id,
    name: id,
    mean: [100, 110, 120],
    sigma: 0.2,
    lastSales: 100,
    historyPeriods: 24,
    thin: false,
  };
}

function calibration(reps: number): CalibrationResult {
  return {
    reps: Array.from({ length: reps }, (_, i) => rep(`r${i}`)),
    histories: [],
    report: {
      grain: 'month',
      reps,
      periods: 24,
      rows: 24 * reps,
      firstPeriod: '2023-01',
      lastPeriod: '2024-12',
      horizon: ['2025-01', '2025-02', '2025-03'],
      seasonal: null,
      warnings: [],
    },
  };
}

function summaryFor(seed: number): RunSummary {
  return { seed, trials: 1 } as RunSummary;
}

/** A run the test finishes by hand, to see what the session does meanwhile. */
function pendingRun() {
  let finish: (summary: RunSummary) => void = () => {};
  const cancel = vi.fn();
  const promise = new Promise<RunSummary>((resolve) => (finish = resolve));
  mocks.runs.push({ promise, cancel });
  return { finish, cancel };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

beforeEach(() => {
  vi.clearAllMocks();
  mocks.runs.length = 0;
  mocks.plans.length = 0;
  vi.stubGlobal('fetch', async () => new Response('rep,month,sales\n'));
  mocks.fetchSampleCalibration.mockResolvedValue(calibration(2));
  mocks.loadSampleRows.mockResolvedValue(true);
});

describe('Session', () => {
  it('useSample runs on the precomputed calibration, plans with the scenario and ends done', async () => {
    const session = new Session();
    mocks.runs.push({
      promise: Promise.resolve(summaryFor(session.settings.seed)),
      cancel: vi.fn(),
    });

    await session.useSample();

    expect(session.state).toBe('done');
    expect(session.dataset?.source).toBeNull();
    expect(mocks.fetchSampleCalibration).toHaveBeenCalledWith('/sample/calibration.json');
    // The sample's rows go into DuckDB afterwards, wanted while the sample is the data.
    expect(mocks.loadSampleRows).toHaveBeenCalledTimes(1);
    const wanted = mocks.loadSampleRows.mock.calls[0][2] as () => boolean;
    expect(wanted()).toBe(true);
    expect(session.summary?.seed).toBe(session.settings.seed);
    const [, reps, baseline] = mocks.planAndRun.mock.calls[0];
    const plan = mocks.plans[0];
    expect(plan.reps).toBe(2);
    expect(plan.periods).toBe(3);
    expect(plan.trials).toBe(session.settings.trials);
    expect(reps).toHaveLength(2);
    expect(baseline).toBe(session.scenario?.baseline);
  });

  it('cancel stops the run and a summary arriving later is ignored', async () => {
    const session = new Session();
    const run = pendingRun();
    const done = session.useSample();
    await until(() => session.state === 'running');

    session.cancel();
    run.finish(summaryFor(1));
    await done;

    expect(run.cancel).toHaveBeenCalled();
    expect(session.state).toBe('cancelled');
    expect(session.summary).toBeNull();
  });

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

  it('a saved scenario keeps its description only while its schemes are as written', () => {
    const session = new Session();
    const written = session.scenario!.description;
    expect(written).toMatch(/t = 5%/);
    expect(session.scenarioFile()!.description).toBe(written);

    session.settings.rate = 0.03;
    const saved = session.scenarioFile()!;
    expect(saved.description).toBeUndefined();
    expect(JSON.stringify(saved.schemes)).toContain('0.03');
  });

  it('run refuses settings out of range in words, without simulating', async () => {
    const session = new Session();
    mocks.runs.push({
      promise: Promise.resolve(summaryFor(1)),
      cancel: vi.fn(),
    });
    await session.useSample();

    session.settings.haggling.bossPower = 3;
    await session.run();

    expect(session.state).toBe('error');
    expect(session.failure?.stage).toBe('plan');
    expect(session.failure?.key).toBe('settings.invalidRun');
    expect(mocks.planAndRun).toHaveBeenCalledTimes(1);
  });

  it('a step that throws ends in an error naming the stage it was in', async () => {
    const session = new Session();
    const failure = new Error('/sample/calibration.json: HTTP 404');
    mocks.fetchSampleCalibration.mockRejectedValueOnce(failure);

    await session.useSample();

    expect(session.state).toBe('error');
    expect(session.failure).toMatchObject({
      stage: 'fetch',
      message: '/sample/calibration.json: HTTP 404',
    });
  });
});

function shipped(name: string): Scenario {
  const parsed = parseScenario(readFileSync(`scenarios/${name}`, 'utf8'), name);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.scenario;
}

/** A session on the sample (3 monthly periods here) with its first run done. */
async function onSample() {
  const session = new Session();
  mocks.runs.push({ promise: Promise.resolve(summaryFor(1)), cancel: vi.fn() });
  await session.useSample();
  return session;
}

function done(seed: number) {
  mocks.runs.push({ promise: Promise.resolve(summaryFor(seed)), cancel: vi.fn() });
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

  it('goes back to the loaded history on request and to its own reps again', async () => {
    const session = await onSample();
    const pharma = shipped('pharma-2014.json');
    done(pharma.seed);
    await session.openScenario(pharma);

    await session.useScenarioReps(false);
    // Back on the sample's months the quarterly letter does not fit: refused in words.
    expect(session.onScenarioReps).toBe(false);
    expect(session.reps).toBe(session.dataset?.result.reps);
    expect(session.failure?.problems?.[0].path).toBe('schemes[0].quota.values');
    expect(mocks.planAndRun).toHaveBeenCalledTimes(2);

    done(pharma.seed);
    await session.useScenarioReps(true);
    expect(session.state).toBe('done');
    expect(mocks.plans[2].reps).toBe(1);
  });

  it('runs on the loaded history when its schemes fit it, and offers its own reps', async () => {
    const session = await onSample();
    const reference = shipped('reference-lognormal.json');
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
});

describe('Session refusals a user can cause', () => {
  it('a history without reps is refused in words, without a worker', async () => {
    const session = new Session();
    mocks.fetchSampleCalibration.mockResolvedValueOnce(calibration(0));

    await session.useSample();

    expect(session.state).toBe('error');
    expect(session.failure).toMatchObject({ stage: 'plan', key: 'run.error.noReps' });
    expect(mocks.planAndRun).not.toHaveBeenCalled();
  });

  it('a scheme breaking its own rules is refused with its problems, without a worker', async () => {
    const session = await onSample();
    const scenario = shipped('essay-vs-haggling.json');
    const broken = scenario.schemes.map((s) =>
      s.kind === 'truth-telling' ? { ...s, alpha: 0.5, beta: 0.05, gamma: 0.1 } : s,
    );

    await session.openScenario({ ...scenario, schemes: broken });

    expect(session.failure?.key).toBe('run.error.schemesRefused');
    expect(session.failure?.problems?.length).toBeGreaterThan(0);
    expect(mocks.planAndRun).toHaveBeenCalledTimes(1);
  });
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
    // Back to the history, whose periods the letter does not fit: refused, still the scenario's.
    await session.useScenarioReps(false);
    expect(session.state).toBe('error');
    expect(session.failure?.key).toBe('run.error.schemesDoNotFit');
    expect(session.previousData).toBe(true);
    expect(session.summaryData).toEqual({ kind: 'scenarioReps', count: 1 });
  });
});
