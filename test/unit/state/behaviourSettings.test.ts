import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/lib/engine';
import { DEFAULT_BEHAVIOUR } from '../../../src/lib/engine/behaviour/constants';
import { behaviourFrom, behaviourToWrite } from '../../../src/lib/state/behaviourSettings';

const parsed = parseScenario(readFileSync('scenarios/essay-vs-haggling.json', 'utf8'), 'essay');
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const plain = { ...parsed.scenario, behaviour: undefined };
const section = { ...structuredClone(DEFAULT_BEHAVIOUR), naiveShare: 0 };
const withSection = { ...plain, behaviour: section };

describe('behaviour settings from and to a scenario', () => {
  it('behaviourFrom gives a copy, so editing the panel changes neither defaults nor file', () => {
    const defaults = structuredClone(DEFAULT_BEHAVIOUR);
    const fromPlain = behaviourFrom(plain);
    const fromSection = behaviourFrom(withSection);
    expect(fromPlain).toEqual(defaults);
    expect(fromSection).toEqual(section);

    fromPlain.belief.bias += 1;
    fromSection.belief.bias += 1;
    expect(DEFAULT_BEHAVIOUR).toEqual(defaults);
    expect(withSection.behaviour.belief.bias).toBe(defaults.belief.bias);
  });

  it('behaviourToWrite leaves out an untouched panel only for a scenario without the section', () => {
    const untouched = behaviourFrom(null);
    expect(behaviourToWrite(plain, untouched)).toBeUndefined();
    expect(behaviourToWrite(withSection, untouched)).toBe(untouched);

    const changed = { ...untouched, naiveShare: 0.5 };
    expect(behaviourToWrite(plain, changed)).toBe(changed);
  });
});
