import { describe, expect, it } from 'vitest';
import { beliefWarnings, floorWarnings } from '$lib/components/behaviour/describe';
import { DEFAULT_BEHAVIOUR } from '$lib/engine/behaviour/constants';
import type { BehaviourSettings } from '$lib/engine/behaviour/types';
import { makePlan } from '$lib/engine/plan';
import { runInProcess } from '$lib/engine/runInProcess';
import type { Scheme } from '$lib/engine/types';
import { en } from '$lib/i18n/en';
import { setLocale } from '$lib/i18n/i18n.svelte';
import { rep } from '../../engine/helpers';

const selfSet: Scheme = {
  kind: 'truth-telling',
  id: 'self-set',
  label: 'Self-set',
  alpha: 0,
  beta: 0.05,
  gamma: 0.1,
  floor: 'zero',
  basePay: 0,
};
const reps = [
  rep('a', new Array(4).fill(100), 0.6),
  rep('b', new Array(4).fill(200), 0.8),
  rep('c', new Array(4).fill(300), 0.7),
];

function run(belief: BehaviourSettings['belief']) {
  const behaviour = { ...DEFAULT_BEHAVIOUR, naiveShare: 0, belief };
  const summary = runInProcess(
    makePlan({ seed: 5, trials: 40, schemes: [selfSet], behaviour }, reps),
    reps,
    'self-set',
  );
  if (!summary.behaviour) throw new Error('no behaviour in the run');
  return { summary, behaviour: summary.behaviour };
}

describe('floorWarnings and beliefWarnings', () => {
  it('floorWarnings measures the floor against the believed median, not the belief error', () => {
    setLocale('en');
    const honest = run({ bias: 0, noise: 0 });
    const biased = run({ bias: 0.5, noise: 0 });
    const floor = (r: ReturnType<typeof run>) =>
      floorWarnings(r.summary, r.behaviour, reps, [selfSet], ['Self-set']);

    expect(floor(honest)).toHaveLength(1);
    expect(floor(biased)).toEqual(floor(honest));
  });

  it('beliefWarnings states the belief error apart, and nothing when reps believe the truth', () => {
    setLocale('en');
    const honest = run({ bias: 0, noise: 0 });
    expect(beliefWarnings(honest.summary, honest.behaviour, reps)).toEqual([]);

    const biased = run({ bias: 0.5, noise: 0 });
    const [warning] = beliefWarnings(biased.summary, biased.behaviour, reps);
    // The factor the bias makes (e^0.5 − 1) and the bias as set, told apart.
    expect(warning).toBe(
      en['behaviour.warnBelief'].replace('{{off}}', '+64.9%').replace('{{bias}}', '50%'),
    );

    const noisy = run({ bias: 0, noise: 0.5 });
    const [range] = beliefWarnings(noisy.summary, noisy.behaviour, reps);
    expect(range.startsWith(en['behaviour.warnBeliefRange'].split('{{low}}')[0])).toBe(true);
  });
});
