import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
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

  it('scenarioFile round-trips every bundled scenario, schemes and behaviour alike', () => {
    const folder = resolve(import.meta.dirname, '../../../scenarios');
    for (const name of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
      const read = parseScenario(readFileSync(resolve(folder, name), 'utf8'), name);
      if (!read.ok) throw new Error(read.errors.join('\n'));
      const { scenario } = read;
      const file = scenarioFile({ ...scenario, dataSource: null });
      const again = parseScenario(JSON.stringify(file), name);
      if (!again.ok) throw new Error(again.errors.join('\n'));
      expect(again.scenario.schemes, name).toEqual(scenario.schemes);
      expect(again.scenario.behaviour, name).toEqual(scenario.behaviour);
    }
  });

  it("scenarioFile writes the essay's rule as self-set, other rules as they are", () => {
    const base = { name: 'n', seed: 1, trials: 100, dataSource: null, baseline: 'own' };
    const cap = { kind: 'fixed' as const, values: [900] };
    const rule = {
      kind: 'truth-telling' as const,
      id: 'own',
      label: 'Our rule',
      alpha: 0,
      beta: 0.04,
      gamma: 0.08,
      floor: 'none' as const,
      basePay: 10,
      cap,
    };
    const other = { ...rule, id: 'other', label: 'other', alpha: 0.01 };
    const file = scenarioFile({ ...base, schemes: [rule, other] });

    expect(file.schemes).toEqual([
      {
        kind: 'self-set',
        id: 'own',
        label: 'Our rule',
        rate: 0.04,
        floor: 'none',
        basePay: 10,
        cap,
      },
      other,
    ]);
    const read = parseScenario(JSON.stringify(file), 'n.json');
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(read.scenario.schemes).toEqual([rule, other]);
  });
});
