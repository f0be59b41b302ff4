import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/lib/engine';
import { defaultScenario } from '../../../src/lib/state/defaultScenario';
import { scenarioFile } from '../../../src/lib/state/scenarioFile';

const parsed = defaultScenario();
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));

describe('scenarioFile', () => {
  it('scenarioFile writes a file that parseScenario reads back to the same schemes', () => {
    const file = scenarioFile({
      name: 'copy',
      description: 'made by the app',
      seed: 5,
      trials: 300,
      dataSource: null,
      schemes: parsed.scenario.schemes,
      baseline: 'haggled-quota',
    });
    const read = parseScenario(JSON.stringify(file), 'copy.json');
    if (!read.ok) throw new Error(read.errors.join('\n'));

    expect(read.scenario.schemes).toEqual(parsed.scenario.schemes);
    expect(read.scenario).toMatchObject({ seed: 5, trials: 300, baseline: 'haggled-quota' });
    expect(read.scenario.description).toBe('made by the app');
  });

  it('scenarioFile names an imported history by its file, the sample as the sample', () => {
    const base = { name: 'n', seed: 1, trials: 100, schemes: [], baseline: 'x' };
    expect(scenarioFile({ ...base, dataSource: 'sales.csv' }).data).toEqual({
      source: 'file',
      path: 'sales.csv',
    });
    expect(scenarioFile({ ...base, dataSource: null }).data).toEqual({ source: 'sample' });
  });
});
