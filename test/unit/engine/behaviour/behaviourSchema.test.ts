import { describe, expect, it } from 'vitest';
import { parseScenario } from '$lib/engine/scenario';
import { DEFAULT_BEHAVIOUR } from '$lib/engine/behaviour/constants';

const scenario = (behaviour: unknown) => ({
  name: 'behaviour',
  seed: 1,
  trials: 100,
  data: { source: 'reps', reps: [{ id: 'a', mean: [100, 120], sigma: 0.2 }] },
  schemes: [{ kind: 'self-set', id: 'essay', rate: 0.05 }],
  behaviour,
});

describe('the behaviour section of a scenario', () => {
  it('fills every field left out with its default', () => {
    const result = parseScenario(
      scenario({ ratchet: { years: 3 }, risk: { kind: 'cara', a: 2 } }),
      's.json',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.behaviour).toEqual({
      ...DEFAULT_BEHAVIOUR,
      ratchet: { ...DEFAULT_BEHAVIOUR.ratchet, years: 3 },
      risk: { kind: 'cara', a: 2 },
    });
  });

  it('is absent from the scenario when the file has none', () => {
    const result = parseScenario(scenario(undefined), 's.json');
    expect(result.ok && result.scenario.behaviour).toBeUndefined();
  });

  it('names the field, what was expected and what was seen', () => {
    const result = parseScenario(
      scenario({
        naiveShare: 1.5,
        ratchet: { years: 0 },
        risk: { kind: 'crra', rho: 2 },
        timing: { on: true },
      }),
      's.json',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        's.json: behaviour.naiveShare: expected a number from 0 to 1, saw 1.5',
        's.json: behaviour.ratchet.years: expected an integer from 1 to 10, saw 0',
        's.json: behaviour.risk.wealth: expected a value (the field is required), saw nothing',
        's.json: behaviour.timing.on: unknown field, expected one of: enabled, maxShare, cost',
      ]),
    );
  });
});
