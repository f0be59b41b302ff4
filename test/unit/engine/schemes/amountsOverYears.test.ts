import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BEHAVIOUR } from '$lib/engine/behaviour/constants';
import { makePlan, planContext } from '$lib/engine/plan';
import { repsFromScenario } from '$lib/engine/repsFromScenario';
import { parseScenario } from '$lib/engine/scenario';
import { amountCells } from '$lib/engine/schemes/amounts';
import { rep } from '../helpers';

describe('per-period amounts over several years', () => {
  const means = [100, 120, 90, 110];
  const twoYears = planContext(1, [rep('a', [...means, ...means], 0.2)], 8, 4);

  it('repeat one year’s values each year, and still take one value per period or one in all', () => {
    const cap = { kind: 'fixed' as const, values: [1, 2, 3, 4] };
    expect(Array.from(amountCells(cap, twoYears, 'cap'))).toEqual([1, 2, 3, 4, 1, 2, 3, 4]);
    const all = { kind: 'fixed' as const, values: [1, 2, 3, 4, 5, 6, 7, 8] };
    expect(Array.from(amountCells(all, twoYears, 'cap'))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const one = { kind: 'fixed' as const, values: [7] };
    expect(Array.from(amountCells(one, twoYears, 'cap'))).toEqual(Array(8).fill(7));
  });

  it('refuse other counts, naming one year’s periods', () => {
    const three = { kind: 'fixed' as const, values: [1, 2, 3] };
    expect(() => amountCells(three, twoYears, 'cap')).toThrow('cap: expected 1 or 4 values, saw 3');
    // With one period a year there is one count to name.
    const onePeriod = planContext(1, [rep('a', [100], 0.2)], 1);
    expect(() => amountCells(three, onePeriod, 'cap')).toThrow('cap: expected 1 value, saw 3');
  });

  for (const file of ['condiment-2010.json', 'pharma-2014.json']) {
    it(`let the letters of ${file} run over two years, each year on the first one’s terms`, () => {
      const parsed = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      const { scenario } = parsed;
      if (scenario.data.source !== 'reps') throw new Error('the letters carry their own reps');
      const reps = repsFromScenario(scenario.data);
      const behaviour = {
        ...DEFAULT_BEHAVIOUR,
        ratchet: { ...DEFAULT_BEHAVIOUR.ratchet, years: 2 },
      };
      const settings = { seed: 3, trials: 100, schemes: scenario.schemes, behaviour };
      const plan = makePlan(settings, reps);
      const perYear = plan.periods / 2;
      // The targets differ from period to period, so the repeats below are not of one number.
      expect(new Set(plan.schemes[0].target).size).toBeGreaterThan(1);
      for (const planned of plan.schemes) {
        for (let r = 0; r < plan.reps; r++) {
          for (let p = 0; p < perYear; p++) {
            const i = r * plan.periods + p;
            expect(planned.target[i + perYear]).toBe(planned.target[i]);
            expect(planned.fixedPay[i + perYear]).toBe(planned.fixedPay[i]);
          }
        }
      }
    });
  }
});
