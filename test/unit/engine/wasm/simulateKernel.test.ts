import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BEHAVIOUR } from '$lib/engine/behaviour/constants';
import { makePlan } from '$lib/engine/plan';
import { repsFromScenario } from '$lib/engine/repsFromScenario';
import { parseScenario } from '$lib/engine/scenario';
import { selfSet } from '$lib/engine/schemes/selfSet';
import { simulateBlock } from '$lib/engine/simulate';
import type { BehaviourSettings } from '$lib/engine/behaviour/types';
import type { HaggledQuotaScheme, RepModel, Scheme, SimPlan } from '$lib/engine/types';
import { wasmKernel } from '$lib/engine/wasm/wasmKernel';
import { rep } from '../helpers';
import { sameBits } from './sameBits';

/** Every number and every array of a block's result, compared bit for bit. */
function sameResult(a: unknown, b: unknown): boolean {
  if (a instanceof Float64Array) return b instanceof Float64Array && sameBits(a, b);
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameResult(x, b[i]));
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = Object.keys(a);
    const other = b as Record<string, unknown>;
    return (
      keys.length === Object.keys(b).length &&
      keys.every((k) => sameResult((a as Record<string, unknown>)[k], other[k]))
    );
  }
  return Object.is(a, b);
}

/** Blocks 0 and 1 (the first with the sample arrays) with the kernel and without. */
function expectSameWithAndWithoutKernel(plan: SimPlan): void {
  const kernel = wasmKernel();
  expect(kernel).not.toBeNull();
  for (const block of [0, 1]) {
    expect(sameResult(simulateBlock(plan, block, kernel), simulateBlock(plan, block, null))).toBe(
      true,
    );
  }
}

const QUOTA: HaggledQuotaScheme = {
  kind: 'haggled-quota',
  id: 'q',
  label: 'Quota',
  performancePayShare: 0.05,
  excessRate: 0.005,
  haggling: { repOpening: 0.2, bossOpening: 0.2, bossPower: 0.5, bossNoise: 0.1, growth: 0 },
};

/** Reps of quarterly means from 0 (no sales) to 1e6, volatilities 0 to 0.9. */
function company(n: number): RepModel[] {
  return Array.from({ length: n }, (_, r) => {
    const level = r % 11 === 0 ? 0 : 10 ** (1 + (r % 6));
    return rep(
      `r${r}`,
      [0.8, 1, 1, 1.2].map((s) => level * s),
      (0.9 * (r % 4)) / 3,
    );
  });
}

function plan(
  schemes: Scheme[],
  reps: RepModel[],
  behaviour: BehaviourSettings | boolean = false,
): SimPlan {
  const settings = { seed: 5, trials: 150, schemes };
  if (behaviour === false) return makePlan(settings, reps);
  return makePlan(
    { ...settings, behaviour: behaviour === true ? DEFAULT_BEHAVIOUR : behaviour },
    reps,
  );
}

/**
 * Behaviour that takes each of the pass's ways: naive and strategic reps, no timing, a
 * ratchet over three years (which stays in TypeScript) and risk-averse reps (whose utility
 * reads the pass's per-cell costs).
 */
const BEHAVIOURS: [string, BehaviourSettings][] = [
  ['the defaults', DEFAULT_BEHAVIOUR],
  ['no timing', { ...DEFAULT_BEHAVIOUR, timing: { ...DEFAULT_BEHAVIOUR.timing, enabled: false } }],
  ['only naive reps', { ...DEFAULT_BEHAVIOUR, naiveShare: 1 }],
  ['only strategic reps', { ...DEFAULT_BEHAVIOUR, naiveShare: 0 }],
  [
    'a ratchet over 3 years',
    { ...DEFAULT_BEHAVIOUR, ratchet: { ...DEFAULT_BEHAVIOUR.ratchet, years: 3 } },
  ],
  ['risk-averse reps', { ...DEFAULT_BEHAVIOUR, risk: { kind: 'cara', a: 0.01 } }],
];

describe('simulateBlock gives the same bits with the WebAssembly kernel as without it', () => {
  const schemes: Scheme[] = [
    selfSet(0.05, 'zero', { id: 'zero' }),
    selfSet(0.05, 'none', { id: 'none' }),
    { ...selfSet(0.04, 'deduct', { id: 'deduct', basePay: 30 }), alpha: 0.01 },
    { ...selfSet(0.05, 'zero', { id: 'capped' }), cap: { kind: 'share', share: 2 } },
    QUOTA,
  ];

  it('on the truth-telling floors, a cap (paid in TypeScript) and a haggled quota', () => {
    expectSameWithAndWithoutKernel(plan(schemes, company(40)));
  });

  // Each scheme pays its own booked sales: the kernel from its memory, TypeScript the cap.
  it('with the reps’ behaviour, the kernel paying booked sales against per-trial targets', () => {
    expectSameWithAndWithoutKernel(plan(schemes, company(12), true));
  });

  it('on a plan that grows the kernel’s memory, then on a small one again', () => {
    expectSameWithAndWithoutKernel(plan([schemes[0], QUOTA], company(6_000)));
    expectSameWithAndWithoutKernel(plan([schemes[0], QUOTA], company(3)));
  });

  for (const file of readdirSync('scenarios').filter((f) => f.endsWith('.json'))) {
    const parsed = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const { scenario } = parsed;
    const reps = scenario.data.source === 'reps' ? repsFromScenario(scenario.data) : company(20);

    it(`on every scheme of the shipped scenario ${file}`, () => {
      expectSameWithAndWithoutKernel(plan(scenario.schemes, reps));
    });

    // The behaviour pass in WebAssembly, against realiseTrial. The letters' terms are given
    // for one year, so they cannot chain years under a ratchet.
    const letters = scenario.schemes.some((s) => s.kind.endsWith('-letter'));
    const behaviours = BEHAVIOURS.filter(([, b]) => !letters || b.ratchet.years === 1);
    it.each(behaviours)(`on ${file} with behaviour: %s`, (_, behaviour) => {
      expectSameWithAndWithoutKernel(plan(scenario.schemes, reps, behaviour));
    });
  }
});

// A plan's first block keeps what it derives from the plan (tables of pay, the pass's
// records) for the next ones; a copy of the plan is a plan never seen, which derives it all.
describe('the blocks of a plan that has run before give the bits of a plan seen afresh', () => {
  const kernels = [
    ['with the WebAssembly kernel', wasmKernel()],
    ['without it', null],
  ] as const;
  it.each(kernels)('%s, block after block and back to the first', (_, kernel) => {
    const seen = plan([selfSet(0.05, 'zero', { id: 'zero' }), QUOTA], company(12), true);
    for (const block of [0, 1, 0]) {
      const again = simulateBlock(seen, block, kernel);
      expect(sameResult(again, simulateBlock({ ...seen }, block, kernel))).toBe(true);
    }
  });
});
