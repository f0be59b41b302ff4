import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  mocks,
  Session,
  calibration,
  summaryFor,
  pendingRun,
  until,
  shipped,
  onSample,
  resetSessionMocks,
} from './sessionHarness';

beforeEach(resetSessionMocks);

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
