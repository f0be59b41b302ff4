import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readShareFragment, shareFragment } from '../../../src/lib/state/shareLink';
import type { ScenarioFile } from '../../../src/lib/state/scenarioFile';
import { mutated } from './mutateJson';

const file = JSON.parse(
  readFileSync(new URL('../../../scenarios/essay-vs-haggling.json', import.meta.url), 'utf8'),
) as ScenarioFile;
const extras = {
  economics: { margin: 0.3, overCost: 0.1, underCost: 0.2, riskAversion: 0 },
  currency: 'CNY' as const,
};

/** A link's answer is 'none', a scenario, or errors to show; it never throws. */
function expectAnswer(fragment: string): void {
  const result = readShareFragment(fragment);
  expect(['none', 'ok', 'bad']).toContain(result.status);
  if (result.status === 'bad') expect(result.errors.length).toBeGreaterThan(0);
}

describe('share link fuzzing', () => {
  it('readShareFragment reads its own link back to the scenario it was made from', () => {
    const result = readShareFragment(shareFragment(file, extras));
    expect(result.status).toBe('ok');
  });

  it('readShareFragment answers any text, and any link with one character changed', () => {
    const link = shareFragment(file, extras);
    const edited = fc
      .tuple(fc.nat(link.length - 1), fc.string({ minLength: 0, maxLength: 3 }))
      .map(([at, text]) => link.slice(0, at) + text + link.slice(at + 1));
    fc.assert(fc.property(fc.oneof(fc.string(), fc.webUrl(), edited), expectAnswer), {
      numRuns: 400,
      seed: 8_301,
    });
  });

  it('readShareFragment refuses or reads a link whose scenario was mutated at one field', () => {
    const links = mutated(file).map((scenario) => shareFragment(scenario as ScenarioFile, extras));
    fc.assert(fc.property(links, expectAnswer), { numRuns: 200, seed: 8_302 });
  });
});
