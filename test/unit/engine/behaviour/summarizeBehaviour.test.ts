import { describe, expect, it } from 'vitest';
import { DEFAULT_BEHAVIOUR } from '$lib/engine/behaviour/constants';
import type { BehaviourSettings } from '$lib/engine/behaviour/types';
import { DEFAULT_HAGGLING } from '$lib/engine/constants';
import { makePlan } from '$lib/engine/plan';
import { selfSet } from '$lib/engine/schemes/selfSet';
import { simulateBlock } from '$lib/engine/simulate';
import { summarize } from '$lib/engine/summarize';
import type { RepModel, Scheme } from '$lib/engine/types';
import { wasmKernel } from '$lib/engine/wasm/wasmKernel';
import { rep } from '../helpers';

const schemes: Scheme[] = [
  selfSet(0.05, 'zero', { id: 'essay' }),
  {
    kind: 'haggled-quota',
    id: 'quota',
    label: 'quota',
    performancePayShare: 0.05,
    excessRate: 0.005,
    haggling: { ...DEFAULT_HAGGLING },
  },
  // A cap keeps this one out of the WebAssembly kernel: TypeScript pays it.
  { ...selfSet(0.05, 'zero', { id: 'capped' }), cap: { kind: 'share', share: 2 } },
];

const reps: RepModel[] = Array.from({ length: 10 }, (_, r) => ({
  ...rep(
    `r${r}`,
    [100, 130, 90, 120].map((m) => m * (1 + r / 5)),
    0.1 + 0.04 * r,
  ),
  lastYear: [140, 80, 110, 95].map((m) => m + 4 * r),
}));

const settings: [string, BehaviourSettings][] = [
  ['the defaults', DEFAULT_BEHAVIOUR],
  ['half the reps naive', { ...DEFAULT_BEHAVIOUR, naiveShare: 0.5 }],
  [
    'a ratchet over two years',
    { ...DEFAULT_BEHAVIOUR, ratchet: { ...DEFAULT_BEHAVIOUR.ratchet, years: 2 } },
  ],
];

/** The summary of a one-trial run, whose per-cell means are that trial's sales and targets. */
function oneTrial(behaviour: BehaviourSettings, seed: number, withKernel: boolean) {
  const plan = makePlan({ seed, trials: 1, schemes, behaviour }, reps);
  const block = simulateBlock(plan, 0, withKernel ? wasmKernel() : null);
  const summary = summarize(plan, [block], reps, 'essay').behaviour;
  if (summary === undefined) throw new Error('a plan with behaviour summarises it');
  return summary;
}

/** Share of rep-periods with sales whose target lies within 10% of them, counted cell by cell. */
function counted(cells: { sales: number[]; target: number[] }): number {
  const booked = cells.sales.map((y, i) => ({ y, x: cells.target[i] })).filter((c) => c.y > 0);
  return booked.filter((c) => Math.abs(c.x - c.y) <= 0.1 * c.y).length / booked.length;
}

describe('summarizeBehaviour', () => {
  it.each(settings)(
    'gives the share of targets within ±10% of booked sales a count gives (%s)',
    (_, behaviour) => {
      for (const seed of [1, 2, 3, 4]) {
        const summary = oneTrial(behaviour, seed, true);
        for (const s of summary.schemes) {
          expect(s.targetWithin.mean, `${s.id}, seed ${seed}`).toBe(counted(s.cells));
        }
      }
    },
  );

  it.each(settings)(
    'gives the same share within ±10% with the WebAssembly kernel as without it (%s)',
    (_, behaviour) => {
      for (const seed of [1, 2]) {
        const inKernel = oneTrial(behaviour, seed, true).schemes;
        const inTypeScript = oneTrial(behaviour, seed, false).schemes;
        inKernel.forEach((s, i) =>
          expect(Object.is(s.targetWithin.mean, inTypeScript[i].targetWithin.mean)).toBe(true),
        );
      }
    },
  );
});
