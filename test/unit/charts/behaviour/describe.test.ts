import { describe, expect, it } from 'vitest';
import { alphaWarnings, statement } from '$lib/components/behaviour/describe';
import type { BehaviourSummary } from '$lib/engine/behaviour/types';
import { selfSet } from '$lib/engine/schemes/selfSet';
import type { RunSummary } from '$lib/engine/types';

describe('the behaviour screen sentences', () => {
  it('statement says how many reps were strategic over what run', () => {
    const text = statement(
      { reps: 30, trials: 4000, seed: 7 } as RunSummary,
      { strategicReps: 21, naiveReps: 9, years: 2, periodsPerYear: 12 } as BehaviourSummary,
    );
    expect(text).toBe(
      '21 of 30 reps behaved strategically and 9 naively, over 2 year(s) of 12 periods; ' +
        '4,000 trials, seed 7.',
    );
  });

  it('alphaWarnings warns only for self-set rules that pay nothing above the target', () => {
    const family = { ...selfSet(0.05, 'zero'), alpha: 0.01 };
    const warnings = alphaWarnings([selfSet(0.05, 'zero'), family], ['Essay', 'Family']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Essay: /);
  });
});
