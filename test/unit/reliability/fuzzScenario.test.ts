import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePlan, parseScenario, repsFromScenario, runInProcess } from '../../../src/lib/engine';
import type { Scenario, ScenarioRep } from '../../../src/lib/engine/types';
import { mutated } from './mutateJson';

const dir = new URL('../../../scenarios/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
const valid = files.map((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as unknown);

/** Trials per engine run in these properties: enough for every code path, little time. */
const FUZZ_TRIALS = 200;

/** Two small inline reps, so that scenarios on the sample or a file run without DuckDB. */
const stand_in: ScenarioRep[] = [
  { id: 'a', name: 'A', mean: [100, 120, 90, 110], sigma: 0.2 },
  { id: 'b', name: 'B', mean: [60, 50, 70, 65], sigma: 0.5 },
];

/** Runs a validated scenario as the CLI would, with few trials. */
function simulate(scenario: Scenario) {
  const data = scenario.data.source === 'reps' ? scenario.data : { reps: stand_in };
  const reps = repsFromScenario({ source: 'reps', reps: data.reps });
  const plan = makePlan(
    {
      seed: scenario.seed,
      trials: Math.min(scenario.trials, FUZZ_TRIALS),
      schemes: scenario.schemes,
      ...(scenario.behaviour ? { behaviour: scenario.behaviour } : {}),
    },
    reps,
  );
  return runInProcess(plan, reps, scenario.baseline);
}

/** A parse, and a run when it validates: a result or messages, never a throw, in bounded time. */
function check(input: unknown): void {
  const result = parseScenario(input, 'fuzz.json');

  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) expect(error).toMatch(/^fuzz\.json: .*\S/);
  } else {
    const summary = simulate(result.scenario);
    for (const scheme of summary.schemes) {
      expect(Number.isFinite(scheme.payout.mean), `${scheme.id} payout mean`).toBe(true);
    }
  }
}

describe('scenario fuzzing', () => {
  it('parseScenario answers any JSON value or text with a scenario or field messages', () => {
    const anyInput = fc.oneof(fc.jsonValue(), fc.string(), fc.json());
    fc.assert(
      fc.property(anyInput, (input) => check(input)),
      { numRuns: 300, seed: 8_001 },
    );
  });

  it('every bundled scenario, mutated at one field, still parses and runs or is refused', () => {
    const base = fc.constantFrom(...valid);
    fc.assert(
      fc.property(base.chain(mutated), (input) => check(input)),
      { numRuns: 200, seed: 8_002 },
    );
  }, 60_000);

  it('every bundled scenario, mutated at three fields, never makes the engine throw', () => {
    const base = fc.constantFrom(...valid);
    const thrice = base.chain(mutated).chain(mutated).chain(mutated);
    fc.assert(
      fc.property(thrice, (input) => check(input)),
      { numRuns: 100, seed: 8_003 },
    );
  }, 60_000);
});
