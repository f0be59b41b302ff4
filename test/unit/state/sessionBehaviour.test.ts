import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../../src/lib/engine';
import { DEFAULT_BEHAVIOUR } from '../../../src/lib/engine/behaviour/constants';
import { done, onSample, resetSessionMocks, Session } from './sessionHarness';

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

    expect(run.settings).toEqual(DEFAULT_BEHAVIOUR);
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
