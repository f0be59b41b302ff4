import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawLognormals } from '$lib/engine/drawLognormals';
import { trialStream } from '$lib/engine/random';
import { emptyTally } from '$lib/engine/schemes/cellByCellTally';
import { schemeModule } from '$lib/engine/schemes/registry';
import { selfSet } from '$lib/engine/schemes/selfSet';
import type { HaggledQuotaScheme, PlannedScheme, SimPlan } from '$lib/engine/types';
import { KernelBlock } from '$lib/engine/wasm/kernelBlock';
import { wasmKernel, type WasmKernel } from '$lib/engine/wasm/wasmKernel';
import { FAST_CHECK } from '../helpers';
import { sameBits } from './sameBits';

function kernel(): WasmKernel {
  const k = wasmKernel();
  if (k === null) throw new Error('Node compiles WebAssembly: the kernel must be there');
  return k;
}

function open(plan: SimPlan, booking = false): KernelBlock {
  const block = KernelBlock.open(kernel(), plan, booking);
  if (block === null) throw new Error('the kernel could not hold the plan');
  return block;
}

/** A plan of reps of `periods` cells each, with the given laws and schemes. */
function planOf(
  logMu: Float64Array,
  logSigma: Float64Array,
  schemes: PlannedScheme[],
  periods = 1,
): SimPlan {
  const reps = logMu.length / periods;
  return { seed: 1, trials: 1, reps, periods, logMu, logSigma, schemes };
}

const QUOTA: HaggledQuotaScheme = {
  kind: 'haggled-quota',
  id: 'q',
  label: 'q',
  performancePayShare: 0.05,
  excessRate: 0.005,
  haggling: { repOpening: 0.2, bossOpening: 0.2, bossPower: 0.5, bossNoise: 0, growth: 0 },
};

describe('KernelBlock.draw', () => {
  // 50,000 draws: about 1 % of words fail the ziggurat's first test, so the rare path (layers'
  // wedges and the tail, through normalFromWord) runs hundreds of times; log-means beyond ±708
  // send exp to Math.exp (overflow to ∞, subnormals), −∞ gives sales of 0.
  const cells = 50_000;
  const logMu = Float64Array.from({ length: cells }, (_, i) =>
    i % 501 === 0 ? -Infinity : i % 499 === 0 ? (i % 2 ? 720 : -740) : -3 + (15 * (i % 97)) / 96,
  );
  const logSigma = Float64Array.from({ length: cells }, (_, i) => (1.5 * (i % 13)) / 12);

  /** Draws trial `trial` of `seed` with the kernel and with drawLognormals, and compares. */
  function expectSameDraw(mu: Float64Array, sigma: Float64Array, seed: number, trial: number) {
    const block = open(planOf(mu, sigma, []));
    const expected = new Float64Array(mu.length);
    const a = trialStream(seed, trial);
    const b = trialStream(seed, trial);
    const total = drawLognormals(a, mu, sigma, expected);
    expect(Object.is(block.draw(b), total)).toBe(true);
    expect(sameBits(block.sales, expected)).toBe(true);
    expect([b.s0, b.s1, b.s2, b.s3]).toEqual([a.s0, a.s1, a.s2, a.s3]);
  }

  it('gives drawLognormals’ sales and total bit for bit, leaving the stream where it does', () => {
    for (const trial of [0, 1, 77]) expectSameDraw(logMu, logSigma, 9, trial);
  });

  // The kernel takes exponentials two cells at a time: an odd count ends on a cell alone, and
  // in a pair with one lane beyond ±708 that lane goes to Math.exp while the other does not.
  it('gives the same bits on odd counts and on pairs with one lane out of range', () => {
    for (const count of [1, 2, 3, 5, 997, 1_001]) {
      const mu = logMu.slice(0, count);
      if (count > 2) mu[count - 2] = 709;
      expectSameDraw(mu, logSigma.slice(0, count), 4, count);
    }
  });

  it('takes more words than draws, so the rejection path was exercised', () => {
    const rng = trialStream(9, 0);
    open(planOf(logMu, logSigma, [])).draw(rng);
    const plain = trialStream(9, 0);
    for (let i = 0; i < cells; i++) plain.nextUint32();
    expect([rng.s0, rng.s1, rng.s2, rng.s3]).not.toEqual([plain.s0, plain.s1, plain.s2, plain.s3]);
  });
});

// Targets (some missing), sales and fixed pay at, around and far from each other, zeros included.
const level = fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constantFrom(0, 1, 100));
const cell = fc.tuple(fc.oneof(level, fc.constant(NaN)), level, level);
// 1 to 5 periods: the kernels take a rep's cells two at a time (SIMD), then an odd one alone.
const cellsArb = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 9 }))
  .chain(([periods, reps]) =>
    fc.record({
      periods: fc.constant(periods),
      rows: fc.array(cell, { minLength: periods * reps, maxLength: periods * reps }),
    }),
  );

function column(rows: [number, number, number][], k: number): Float64Array {
  return Float64Array.from(rows, (c) => c[k]);
}

/**
 * Pays `planned` on `sales` in the kernel and with its module's payTrial: pay and tally. With
 * `booking` the kernel must pay the scheme's own booked sales against the targets written for
 * the trial, not the common draws (filled with other sales) nor the plan's targets (missing).
 */
function bothWays(
  planned: PlannedScheme,
  sales: Float64Array,
  periods: number,
  booking: boolean,
): boolean {
  const n = sales.length;
  const laid = booking ? { ...planned, target: new Float64Array(n).fill(NaN) } : planned;
  const plan = planOf(new Float64Array(n), new Float64Array(n), [laid], periods);
  const block = open(plan, booking);
  const inKernel = emptyTally(n / periods, periods);
  const inTs = emptyTally(n / periods, periods);
  const pay = new Float64Array(n);
  if (booking) {
    block.sales.fill(123.5);
    block.booked[0]?.set(sales);
    block.targets[0]?.set(planned.target);
  } else {
    block.sales.set(sales);
  }
  for (let trial = 0; trial < 2; trial++) {
    block.payTrial(0, inKernel);
    schemeModule(planned.scheme.kind).payTrial?.(planned, sales, pay, inTs);
  }
  block.close([inKernel]);
  const { sums, squares, ...totals } = inTs;
  return (
    sameBits(block.pay[0] ?? new Float64Array(0), pay) &&
    sameBits(inKernel.sums, sums) &&
    sameBits(inKernel.squares, squares) &&
    Object.entries(totals).every(([k, v]) => Object.is(inKernel[k as keyof typeof totals], v))
  );
}

describe('KernelBlock.payTrial pays and tallies bit for bit as the modules’ payTrial', () => {
  it('the uncapped truth-telling family under every floor', () => {
    const cases = fc.record({
      cells: cellsArb,
      floor: fc.constantFrom('none', 'zero', 'deduct' as const),
      basePay: fc.constantFrom(0, 3, 250),
      rate: fc.double({ min: 0.001, max: 0.2, noNaN: true }),
      alpha: fc.constantFrom(0, 0.3),
      booking: fc.boolean(),
    });
    fc.assert(
      fc.property(cases, ({ cells: { periods, rows }, floor, basePay, rate, alpha, booking }) => {
        const scheme = { ...selfSet(rate, floor, { basePay }), alpha: alpha * rate };
        const target = column(rows, 0);
        const planned = { scheme, target, fixedPay: column(rows, 2), events: [] };
        return bothWays(planned, column(rows, 1), periods, booking);
      }),
      FAST_CHECK,
    );
  });

  it('the haggled quota, quotas and sales of 0 included', () => {
    fc.assert(
      fc.property(cellsArb, fc.boolean(), ({ periods, rows }, booking) => {
        const planned = { scheme: QUOTA, target: column(rows, 0), fixedPay: column(rows, 2) };
        return bothWays({ ...planned, events: [] }, column(rows, 1), periods, booking);
      }),
      FAST_CHECK,
    );
  });

  it('leaves a capped truth-telling scheme and other kinds to TypeScript', () => {
    const n = 4;
    const capped = {
      scheme: selfSet(0.05, 'zero'),
      target: new Float64Array(n),
      fixedPay: new Float64Array(n),
      cap: new Float64Array(n).fill(1),
      events: [],
    };
    const block = open(planOf(new Float64Array(n), new Float64Array(n), [capped]), true);
    expect(block.pay).toEqual([undefined]);
    expect(block.booked[0]?.length).toBe(n);
  });
});
