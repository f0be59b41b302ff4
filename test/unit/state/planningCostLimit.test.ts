import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_LIMITS } from '../../../src/lib/engine/behaviour/behaviourSchema';
import { parseScenario } from '../../../src/lib/engine/scenario';
import { DEFAULT_ECONOMICS } from '../../../src/lib/engine/sweep';
import type { ScenarioFile } from '../../../src/lib/state/scenarioFile';
import { isValid, limits, withinLimit } from '../../../src/lib/state/settings';
import { readShareFragment, shareFragment } from '../../../src/lib/state/shareLink';

const base = {
  name: 'planning cost',
  seed: 1,
  trials: 100,
  data: { source: 'reps', reps: [{ id: 'a', mean: [100, 120], sigma: 0.2 }] },
  schemes: [{ kind: 'self-set', id: 'essay', rate: 0.05 }],
};

const costs = ['overCost', 'underCost'] as const;
type Cost = (typeof costs)[number];

/** Whether a share link carrying Compare's cost at `value` opens. */
function linkOpens(key: Cost, value: number): boolean {
  const economics = { ...DEFAULT_ECONOMICS, [key]: value };
  const fragment = shareFragment(base as unknown as ScenarioFile, { economics, currency: 'CNY' });
  return readShareFragment(fragment).status === 'ok';
}

/** Whether a scenario file whose behaviour section sets the company's cost to `value` parses. */
function fileParses(key: Cost, value: number): boolean {
  return parseScenario({ ...base, behaviour: { company: { [key]: value } } }, 'f.json').ok;
}

describe('the planning costs of target error', () => {
  it('have one range on Compare and on the behaviour screen, as the margin does', () => {
    for (const key of [...costs, 'margin'] as const) {
      expect(limits[key], key).toEqual(BEHAVIOUR_LIMITS.company[key]);
    }
  });

  it('are refused by a link and a file exactly where the fields refuse them', () => {
    for (const key of costs) {
      const { min, max } = limits[key];
      for (const value of [min, (min + max) / 2, max, max + 0.01, max * 5, min - 0.01]) {
        const accepted = isValid(key, value);
        expect(withinLimit(BEHAVIOUR_LIMITS.company[key], value), `${key} = ${value}`).toBe(
          accepted,
        );
        expect(linkOpens(key, value), `link ${key} = ${value}`).toBe(accepted);
        expect(fileParses(key, value), `file ${key} = ${value}`).toBe(accepted);
      }
    }
  });
});
