import { afterEach, describe, expect, it, vi } from 'vitest';
import { selfSet } from '$lib/engine/schemes/selfSet';
import type { SimPlan } from '$lib/engine/types';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** Two reps, one quarter, two trials: small enough to check by hand that it ran. */
const plan: SimPlan = {
  seed: 3,
  trials: 2,
  reps: 2,
  periods: 1,
  logMu: Float64Array.of(Math.log(100), Math.log(200)),
  logSigma: Float64Array.of(0.2, 0.3),
  schemes: [
    {
      scheme: selfSet(0.05, 'zero'),
      target: Float64Array.of(100, 200),
      fixedPay: new Float64Array(2),
      events: [],
    },
  ],
};

describe('wasmKernel', () => {
  it('wasmKernel gives one kernel per thread where WebAssembly compiles', async () => {
    const { wasmKernel } = await import('$lib/engine/wasm/wasmKernel');
    expect(wasmKernel()).not.toBeNull();
    expect(wasmKernel()).toBe(wasmKernel());
  });

  it('wasmKernel is null where WebAssembly is refused, and the engine still runs', async () => {
    vi.stubGlobal('WebAssembly', {
      Module: function refuse() {
        throw new RangeError('synchronous compilation refused here');
      },
    });
    const { wasmKernel } = await import('$lib/engine/wasm/wasmKernel');
    const { simulateBlock } = await import('$lib/engine/simulate');
    expect(wasmKernel()).toBeNull();

    const result = simulateBlock(plan, 0);
    expect(result.trials).toBe(2);
    expect(Array.from(result.series[0].payout).every((v) => v >= 0 && v < 40)).toBe(true);
  });

  it('wasmKernel is null where there is no WebAssembly at all', async () => {
    vi.stubGlobal('WebAssembly', undefined);
    const { wasmKernel } = await import('$lib/engine/wasm/wasmKernel');
    expect(wasmKernel()).toBeNull();
  });
});
