import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/lib/engine';
import { DEFAULT_BEHAVIOUR } from '../../../src/lib/engine/behaviour/constants';
import { DEFAULT_ECONOMICS } from '../../../src/lib/engine/sweep';
import {
  behaviourFrom,
  behaviourToWrite,
  economicsFrom,
  withCompany,
} from '../../../src/lib/state/behaviourSettings';

const parsed = parseScenario(readFileSync('scenarios/essay-vs-haggling.json', 'utf8'), 'essay');
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const plain = { ...parsed.scenario, behaviour: undefined };
const section = {
  ...structuredClone(DEFAULT_BEHAVIOUR),
  naiveShare: 0,
  company: { margin: 0.45, overCost: 0.2, underCost: 0.6 },
};
const withSection = { ...plain, behaviour: section };
const economics = { ...DEFAULT_ECONOMICS };

describe('behaviour settings from and to a scenario', () => {
  it('behaviourFrom gives a copy, so editing the panel changes neither defaults nor file', () => {
    const defaults = structuredClone(DEFAULT_BEHAVIOUR);
    const fromPlain = behaviourFrom(plain);
    const fromSection = behaviourFrom(withSection);
    expect(withCompany(fromPlain, economics)).toEqual(defaults);
    expect(fromSection.naiveShare).toBe(0);

    fromPlain.belief.bias += 1;
    fromSection.belief.bias += 1;
    expect(DEFAULT_BEHAVIOUR).toEqual(defaults);
    expect(withSection.behaviour.belief.bias).toBe(defaults.belief.bias);
  });

  it('behaviourFrom leaves the company out: its numbers live in the shared economics', () => {
    expect('company' in behaviourFrom(withSection)).toBe(false);
  });

  it("economicsFrom takes the margin and forecast costs of the file's behaviour section", () => {
    const link = { margin: 0.5, overCost: 0.05, underCost: 0.1, riskAversion: 3 };
    expect(economicsFrom(withSection)).toEqual({ ...section.company, riskAversion: 1 });
    expect(economicsFrom(withSection, link)).toEqual({ ...section.company, riskAversion: 3 });
    expect(economicsFrom(plain, link)).toEqual(link);
    expect(economicsFrom(plain)).toEqual(DEFAULT_ECONOMICS);
  });

  it('behaviourToWrite leaves out an untouched panel only for a scenario without the section', () => {
    const untouched = behaviourFrom(null);
    expect(behaviourToWrite(plain, untouched, economics)).toBeUndefined();
    expect(behaviourToWrite(withSection, untouched, economics)).toEqual(DEFAULT_BEHAVIOUR);

    const changed = { ...untouched, naiveShare: 0.5 };
    expect(behaviourToWrite(plain, changed, economics)?.naiveShare).toBe(0.5);
  });

  it('behaviourToWrite writes the shared margin and forecast costs, not what the file said', () => {
    const shared = { margin: 0.25, overCost: 0.15, underCost: 0.35, riskAversion: 2 };
    const written = behaviourToWrite(withSection, behaviourFrom(withSection), shared);
    expect(written?.company).toEqual({ margin: 0.25, overCost: 0.15, underCost: 0.35 });
  });

  it('behaviourToWrite adds the section once the economics leave the defaults', () => {
    const untouched = behaviourFrom(null);
    const margin = { ...economics, margin: 0.4 };
    expect(behaviourToWrite(plain, untouched, margin)?.company.margin).toBe(0.4);
    // γ is Compare's alone: the section has no place for it.
    expect(behaviourToWrite(plain, untouched, { ...economics, riskAversion: 4 })).toBeUndefined();
  });
});
