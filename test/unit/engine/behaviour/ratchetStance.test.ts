import { describe, expect, it } from 'vitest';
import { DEFAULT_HAGGLING } from '$lib/engine/constants';
import { makePlan } from '$lib/engine/plan';
import type { HaggledQuotaScheme, RepModel } from '$lib/engine/types';
import { DEFAULT_BEHAVIOUR } from '$lib/engine/behaviour/constants';
import { rep } from '../helpers';

const quota: HaggledQuotaScheme = {
  kind: 'haggled-quota',
  id: 'quota',
  label: 'quota',
  performancePayShare: 0.05,
  excessRate: 0.005,
  haggling: { ...DEFAULT_HAGGLING },
};
const reps: RepModel[] = Array.from({ length: 6 }, (_, r) => ({
  ...rep(`r${r}`, Array(12).fill(100 * (1 + r / 6)), 0.15 + 0.03 * r),
}));

/** Each strategic rep's opening distance with the ratchet at `up`/`down` over `years`. */
function stances(years: number, up: number, down: number): number[] {
  const ratchet = { ...DEFAULT_BEHAVIOUR.ratchet, years, up, down };
  const behaviour = { ...DEFAULT_BEHAVIOUR, naiveShare: 0, ratchet };
  const plan = makePlan({ seed: 7, trials: 100, schemes: [quota], behaviour }, reps);
  return Array.from(plan.behaviour!.schemes[0].stance);
}

describe('a haggled quota under a ratchet', () => {
  it('makes strategic reps open further below their belief, as next year carries the quota', () => {
    const alone = stances(1, 0, 0);
    for (const [up, down] of [
      [0.35, 0.35],
      [0.5, 0.2],
    ]) {
      stances(3, up, down).forEach((stance, r) => expect(stance).toBeGreaterThan(alone[r]));
    }
  });
});
