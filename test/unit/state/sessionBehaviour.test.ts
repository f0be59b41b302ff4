import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseScenario, type PlanSettings, type Scenario } from '../../../src/lib/engine';
import { DEFAULT_BEHAVIOUR } from '../../../src/lib/engine/behaviour/constants';
import { DEFAULT_ECONOMICS } from '../../../src/lib/engine/sweep';
import { shareFragment, readShareFragment } from '../../../src/lib/state/shareLink';
import { done, mocks, onSample, resetSessionMocks, Session, summaryFor } from './sessionHarness';

beforeEach(resetSessionMocks);

const { BehaviourRun } = await import('../../../src/lib/components/behaviour/behaviourRun.svelte');

/** A shipped scenario with a `behaviour` section added, read by the app's own parser. */
function withBehaviour(section: object): Scenario {
  const text = readFileSync('scenarios/essay-vs-haggling.json', 'utf8');
  const json = { ...JSON.parse(text), behaviour: section };
  const parsed = parseScenario(JSON.stringify(json), 'essay-behaviour.json');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.scenario;
}

describe("The behaviour screen's settings and a scenario file", () => {
  it('an opened scenario puts its behaviour section on the panel, the rest at defaults', async () => {
    const session = await onSample();
    const run = new BehaviourRun(session);
    const scenario = withBehaviour({ naiveShare: 0, belief: { bias: -0.2 } });
    done(scenario.seed);

    await session.openScenario(scenario);

    expect(run.settings.naiveShare).toBe(0);
    expect(run.settings.belief.bias).toBe(-0.2);
    expect(run.settings.belief.noise).toBe(DEFAULT_BEHAVIOUR.belief.noise);
    expect(run.settings.ratchet).toEqual(DEFAULT_BEHAVIOUR.ratchet);
  });

  it('a scenario without the section puts the defaults back after one that had it', async () => {
    const session = await onSample();
    const run = new BehaviourRun(session);
    const scenario = withBehaviour({ naiveShare: 0 });
    done(scenario.seed);
    await session.openScenario(scenario);
    const plain = { ...scenario, behaviour: undefined };
    done(plain.seed);

    await session.openScenario(plain);

    expect(run.current).toEqual(DEFAULT_BEHAVIOUR);
  });

  it('a saved scenario writes what the panel holds, not what the file said', async () => {
    const session = await onSample();
    const run = new BehaviourRun(session);
    const scenario = withBehaviour({ naiveShare: 0, belief: { bias: -0.2 } });
    done(scenario.seed);
    await session.openScenario(scenario);

    run.settings.belief.bias = 0.1;
    run.settings.timing.enabled = false;
    const written = session.scenarioFile()?.behaviour;

    expect(written?.naiveShare).toBe(0);
    expect(written?.belief.bias).toBe(0.1);
    expect(written?.timing.enabled).toBe(false);
  });

  it('a file without the section stays without one until the panel is changed', async () => {
    const session = new Session();
    const run = new BehaviourRun(session);
    expect(session.scenarioFile()?.behaviour).toBeUndefined();

    run.settings.naiveShare = 0.5;

    expect(session.scenarioFile()?.behaviour?.naiveShare).toBe(0.5);
  });
});

describe('one set of company economics for Compare and the behaviour screen', () => {
  const company = { margin: 0.42, overCost: 0.2, underCost: 0.55 };

  it("an opened file's behaviour.company sets Compare's margin and forecast costs", async () => {
    const session = await onSample();
    const run = new BehaviourRun(session);
    session.settings.economics.riskAversion = 3;
    const scenario = withBehaviour({ company });
    done(scenario.seed);

    await session.openScenario(scenario);

    expect(session.settings.economics).toEqual({ ...company, riskAversion: 1 });
    expect(run.current.company).toEqual(company);
  });

  it('a file with a section but no company puts the default economics back', async () => {
    const session = await onSample();
    session.settings.economics.margin = 0.6;
    const scenario = withBehaviour({ naiveShare: 0 });
    done(scenario.seed);

    await session.openScenario(scenario);

    expect(session.settings.economics).toEqual(DEFAULT_ECONOMICS);
  });

  it("a margin changed on Compare is the behaviour screen's, and the run takes it", async () => {
    const session = await onSample();
    const run = new BehaviourRun(session);

    session.settings.economics.margin = 0.37;
    expect(run.economics.margin).toBe(0.37);

    mocks.runs.push({ promise: Promise.resolve(summaryFor(1)), cancel: vi.fn() });
    const reps = session.reps ?? [];
    await run.run(reps, session.schemes, { seed: 1, trials: 100, baseline: session.baseline });
    const [settings] = mocks.planAndRun.mock.calls.at(-1) as [PlanSettings];
    expect(settings.behaviour?.company.margin).toBe(0.37);
    expect(run.result?.settings.company.margin).toBe(0.37);
  });

  it("forecast costs changed on the behaviour screen are Compare's", async () => {
    const session = await onSample();
    const run = new BehaviourRun(session);

    run.economics.overCost = 0.25;
    run.economics.underCost = 0.45;

    expect(session.settings.economics.overCost).toBe(0.25);
    expect(session.settings.economics.underCost).toBe(0.45);
  });

  it('a saved scenario writes the shared values to behaviour.company', async () => {
    const session = await onSample();
    const run = new BehaviourRun(session);
    const scenario = withBehaviour({ company });
    done(scenario.seed);
    await session.openScenario(scenario);

    session.settings.economics.margin = 0.33;
    run.economics.underCost = 0.4;

    expect(session.scenarioFile()?.behaviour?.company).toEqual({
      margin: 0.33,
      overCost: company.overCost,
      underCost: 0.4,
    });
  });

  it('a file without the section gets one once the margin leaves the default', async () => {
    const session = await onSample();
    expect(session.scenarioFile()?.behaviour).toBeUndefined();

    session.settings.economics.margin = 0.5;

    expect(session.scenarioFile()?.behaviour?.company.margin).toBe(0.5);
  });

  it("a link sets both screens' economics, and one saved from them reopens the same", async () => {
    const session = await onSample();
    const run = new BehaviourRun(session);
    const scenario = withBehaviour({ naiveShare: 0.1 });
    const economics = { margin: 0.35, overCost: 0.15, underCost: 0.25, riskAversion: 2 };
    done(scenario.seed);
    await session.openScenario(
      { ...scenario, behaviour: undefined },
      { economics, currency: 'USD' },
    );
    expect(session.settings.economics).toEqual(economics);
    expect(run.current.company).toEqual({ margin: 0.35, overCost: 0.15, underCost: 0.25 });

    const file = session.scenarioFile();
    if (!file) throw new Error('no scenario');
    const link = readShareFragment(shareFragment(file, { economics, currency: 'USD' }));
    if (link.status !== 'ok') throw new Error(JSON.stringify(link));
    const reopened = await onSample();
    done(link.scenario.seed);
    await reopened.openScenario(link.scenario, link.extras);
    expect(reopened.settings.economics).toEqual(economics);
  });
});
