import { describe, expect, it } from 'vitest';
import { makePlan } from '$lib/engine/plan';
import { selfSet } from '$lib/engine/schemes/selfSet';
import { simulateBlock } from '$lib/engine/simulate';
import { wasmKernel } from '$lib/engine/wasm/wasmKernel';
import { rep } from '../helpers';

// Reps whose sales never vary: each period's draw is its mean, and the self-set target, the
// median of a belief with no spread, is that mean too. Draw and target reach the same number
// by different exps (the draw's fast one, within 2 ulp), so they may differ in the last bits.
const months = (amount: number) => Array.from({ length: 12 }, () => amount);
const steady = [rep('a', months(2400), 0), rep('b', months(800), 0), rep('c', months(1e7 / 3), 0)];

describe('reps whose sales never vary', () => {
  const plan = makePlan({ seed: 3, trials: 50, schemes: [selfSet(0.05, 'none')] }, steady);
  const kernel = wasmKernel();

  for (const [name, engine] of [
    ['JavaScript', null],
    ['WebAssembly', kernel],
  ] as const) {
    it(`meet the target they set every period (${name})`, () => {
      if (name === 'WebAssembly') expect(kernel).not.toBeNull();
      const { series } = simulateBlock(plan, 0, engine);
      const [self] = series;
      // The draws are the targets up to rounding: no error, all within ±10%, all on target.
      expect(Math.max(...self.ape)).toBeLessThan(1e-14);
      expect([...new Set(self.within)]).toEqual([1]);
      expect([...new Set(self.hit)]).toEqual([1]);
    });
  }
});
