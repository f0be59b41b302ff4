import { readFileSync } from 'node:fs';
import { expect, vi } from 'vitest';
import type { CalibrationResult } from '../../../src/lib/data';
import { makePlan, parseScenario, type PlanSettings, type Scenario } from '../../../src/lib/engine';
import type { RepModel, RunSummary, SimPlan } from '../../../src/lib/engine/types';
import type { PlannedRunOptions } from '../../../src/lib/workers';

// What the session's tests share: the mocked edges, a Session built on them, fake reps and runs.
// Each test file that imports it calls resetSessionMocks before each test.

type QueuedRun = { promise: Promise<RunSummary>; cancel: () => void };

// The browser-only edges are replaced; the engine's real makePlan still runs on the fake reps,
// where the worker would run it, and the runs the test queues stand in for the simulation.
// The mocks' factories run only when the session is imported below, after these are made.
export const mocks = {
  fetchSampleCalibration: vi.fn(),
  loadSampleRows: vi.fn(),
  loadCsvBytes: vi.fn(),
  runs: [] as QueuedRun[],
  plans: [] as SimPlan[],
  planAndRun: vi.fn(),
};

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
vi.mock('../../../src/lib/workers', () => ({ planAndRun: mocks.planAndRun, warmWorkers: vi.fn() }));
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

export const { Session } = await import('../../../src/lib/state/session.svelte');

function rep(id: string): RepModel {
  return {
    id,
    name: id,
    mean: [100, 110, 120],
    sigma: 0.2,
    historyPeriods: 24,
    thin: false,
  };
}

export function calibration(reps: number): CalibrationResult {
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

export function summaryFor(seed: number): RunSummary {
  return { seed, trials: 1 } as RunSummary;
}

/** A run the test finishes by hand, to see what the session does meanwhile. */
export function pendingRun() {
  let finish: (summary: RunSummary) => void = () => {};
  const cancel = vi.fn();
  const promise = new Promise<RunSummary>((resolve) => (finish = resolve));
  mocks.runs.push({ promise, cancel });
  return { finish, cancel };
}

export async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

/** Forgets the calls and runs of the test before; the sample loads two reps. */
export function resetSessionMocks(): void {
  vi.clearAllMocks();
  mocks.runs.length = 0;
  mocks.plans.length = 0;
  vi.stubGlobal('fetch', async () => new Response('rep,month,sales\n'));
  mocks.fetchSampleCalibration.mockResolvedValue(calibration(2));
  mocks.loadSampleRows.mockResolvedValue(true);
}

export function shipped(name: string): Scenario {
  const parsed = parseScenario(readFileSync(`scenarios/${name}`, 'utf8'), name);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.scenario;
}

/** A session on the sample (3 monthly periods here) with its first run done. */
export async function onSample() {
  const session = new Session();
  mocks.runs.push({ promise: Promise.resolve(summaryFor(1)), cancel: vi.fn() });
  await session.useSample();
  return session;
}

export function done(seed: number) {
  mocks.runs.push({ promise: Promise.resolve(summaryFor(seed)), cancel: vi.fn() });
}
