import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/lib/engine';
import type { Problem } from '../../../src/lib/engine/schemes/schema/problem';
import { calibration, done, mocks, onSample, resetSessionMocks, Session } from './sessionHarness';

beforeEach(resetSessionMocks);

/** The built-in scenario as a link or a saved file brings it back: scenario and warnings. */
function builtIn() {
  const parsed = parseScenario(readFileSync('scenarios/essay-vs-haggling.json', 'utf8'), 'link');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed;
}

describe('Opening a scenario from a link or a file', () => {
  it('the built-in scenario opens without a warning banner, as it does by default', async () => {
    const session = await onSample();
    const { scenario, warningProblems } = builtIn();
    // The engine does note the essay's α = 0; the Schemes screen words that as advice.
    expect(warningProblems.map((p) => p.code)).toContain('noRewardAboveTarget');
    done(scenario.seed);

    await session.openScenario(scenario, undefined, warningProblems);

    expect(session.scenarioWarnings).toEqual([]);
  });

  it('a stated total that does not add up stays in the banner; rate advice does not', async () => {
    const session = await onSample();
    const { scenario, warningProblems } = builtIn();
    const total: Problem = {
      path: 'schemes[1].statedTotal',
      code: 'statedTotal',
      params: { count: 4, sum: 100, stated: 120 },
    };
    done(scenario.seed);

    await session.openScenario(scenario, undefined, [...warningProblems, total]);

    expect(session.scenarioWarnings).toEqual([total]);
  });
});

describe('Saving the scenario in use', () => {
  it('the saved built-in scenario keeps its self-set rule and its description', async () => {
    const session = await onSample();

    const file = session.scenarioFile();

    expect(file?.schemes[0]).toEqual({
      kind: 'self-set',
      id: 'self-set',
      rate: 0.05,
      floor: 'zero',
      basePay: 0,
    });
    expect(file?.description).toContain('sample');
    const again = parseScenario(JSON.stringify(file), 'saved.json');
    if (!again.ok) throw new Error(again.errors.join('\n'));
    expect(again.scenario.schemes).toEqual(builtIn().scenario.schemes);
  });

  it('a scenario saved on an imported file leaves out the description of the sample', async () => {
    const session = new Session();
    const summary = { rows: 3, skipped: [], warnings: [] };
    mocks.loadCsvBytes.mockResolvedValueOnce({ ok: true, result: calibration(3), summary });
    done(1);
    await session.importCsv('inject.csv', new Uint8Array([1]), {});

    const file = session.scenarioFile();

    expect(file?.data).toEqual({ source: 'file', path: 'inject.csv' });
    expect(file?.description).toBeUndefined();
  });
});

describe("Sending the Schemes screen's schemes to Compare", () => {
  it('changes the schemes, keeping economics, seed, trials and behaviour settings', async () => {
    const session = await onSample();
    session.settings.economics.margin = 0.45;
    session.settings.seed = 7;
    session.settings.trials = 2000;
    session.behaviour.naiveShare = 0;
    const [selfSet, quota] = builtIn().scenario.schemes;
    if (selfSet.kind !== 'truth-telling') throw new Error('the built-in scenario changed');
    const edited = { ...selfSet, beta: 0.06, gamma: 0.12 };
    done(7);

    await session.useSchemes([edited, quota], quota.id);

    expect(session.scenario?.schemes).toEqual([edited, quota]);
    expect(session.settings.rate).toBe(0.06);
    expect(session.settings.economics.margin).toBe(0.45);
    expect([session.settings.seed, session.settings.trials]).toEqual([7, 2000]);
    expect(session.behaviour.naiveShare).toBe(0);
    expect(session.dataset?.source).toBeNull();
    // The scenario's description spoke of its own schemes.
    expect(session.scenarioFile()?.description).toBeUndefined();
  });

  it('keeps an imported file in use, though the scenario names the sample', async () => {
    const session = new Session();
    const summary = { rows: 3, skipped: [], warnings: [] };
    mocks.loadCsvBytes.mockResolvedValueOnce({ ok: true, result: calibration(3), summary });
    done(1);
    await session.importCsv('inject.csv', new Uint8Array([1]), {});
    const { schemes, baseline } = builtIn().scenario;
    done(2);

    await session.useSchemes(schemes, baseline);

    expect(session.dataset?.source).toBe('inject.csv');
    expect(mocks.fetchSampleCalibration).not.toHaveBeenCalled();
  });
});
