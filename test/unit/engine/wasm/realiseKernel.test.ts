import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kernelPass, kernelPassBytes } from '$lib/engine/behaviour/kernelPass';
import type { PeriodRule } from '$lib/engine/behaviour/periodRule';
import { shiftInput, walkShift } from '$lib/engine/behaviour/timing';
import type { BehaviourPlan, BehaviourSeries } from '$lib/engine/behaviour/types';
import type { SimPlan } from '$lib/engine/types';
import { realiseKernel } from '$lib/engine/wasm/realiseKernel';
import { ARRAYS, reserve, wasmKernel } from '$lib/engine/wasm/wasmKernel';
import { FAST_CHECK } from '../helpers';

/** One strategic rep's first period: its pieces of pay and the terms of its timing decision. */
interface Cell {
  kinks: number[];
  slopes: number[];
  target: number;
  fixed: number;
  sales: number;
  nextSales: number;
  share: number;
  cost: number;
  expected: number;
  nextMarginal: number;
  /** Most worth pushing into the next period (∞ when its pay has no ceiling). */
  pushCap: number;
  checkpoint: boolean;
}

const kernel = wasmKernel();
const realiser = kernel && realiseKernel(kernel);

/** The shift realise.wat decides for the cell, from the deals it counts pushed or pulled. */
function kernelShift(c: Cell): number {
  if (kernel === null || realiser === null) throw new Error('Node compiles WebAssembly');
  const two = (v: number) => Float64Array.of(v, v);
  const plan = {
    reps: 1,
    periods: 2,
    schemes: [{ target: two(c.target), fixedPay: two(c.fixed) }],
  } as unknown as SimPlan;
  const behaviour = {
    expected: two(c.expected),
    strategic: Uint8Array.of(1),
    lastSales: Float64Array.of(0),
    periodsPerYear: 2,
    settings: {
      timing: { maxShare: c.share, cost: c.cost },
      company: { overCost: 0.1, underCost: 0.3 },
    },
    schemes: [
      {
        ratchets: false,
        naiveReportsLastSales: false,
        lift: Float64Array.of(1, 1),
        stake: two(c.fixed),
        nextMarginal: two(c.nextMarginal),
        pushCap: two(c.pushCap),
        effortCost: two(0),
      },
    ],
  } as unknown as BehaviourPlan;

  const room = kernelPassBytes(plan);
  if (!reserve(kernel, ARRAYS + room + 3 * 16)) throw new Error('no memory');
  const { memory } = kernel.exports;
  const own = (k: number) => new Float64Array(memory.buffer, ARRAYS + room + 16 * k, 2);
  const draws = own(0);
  draws.set([c.sales, c.nextSales]);
  const kinks = new Float64Array(8);
  const slopes = new Float64Array(8);
  kinks.set(c.kinks);
  slopes.set(c.slopes);
  const pass = kernelPass(realiser, memory, ARRAYS, plan, behaviour);
  const run = pass.scheme(0, {
    draws,
    booked: own(1),
    target: own(2),
    kinks,
    slopes,
    counts: Uint8Array.of(c.kinks.length, 255),
    moves: true,
    checkpoint: c.checkpoint,
    every: 0,
    rate: 0,
  });
  if (run === undefined) throw new Error('the pass must take a plan without a ratchet');
  // A lift of 1 keeps the rep's effort out of question: nothing asks for a value.
  run(() => NaN);

  const series = { cellPushed: two(0), cellPulled: two(0), cellSales: two(0), cellTarget: two(0) };
  pass.close([series as unknown as BehaviourSeries]);
  const pushed = series.cellPushed[0];
  const pulled = series.cellPulled[0];
  return pushed > 0 ? pushed : pulled > 0 ? -pulled : 0;
}

/** timing.ts's own decision for the same cell. */
function typescriptShift(c: Cell): number {
  const rule: PeriodRule = c.checkpoint
    ? { kind: 'checkpoint', rate: 0, every: 1 }
    : { kind: 'haggled-quota', excessRate: 0 };
  const input = shiftInput(rule);
  input.target = c.target;
  input.fixed = c.fixed;
  input.sales = c.sales;
  input.maxPull = c.share * c.nextSales;
  input.maxPush = Math.min(c.share * c.sales, c.pushCap);
  input.curvature = c.cost / c.expected;
  input.nextMarginal = c.nextMarginal;
  walkShift(input, Float64Array.from(c.kinks), Float64Array.from(c.slopes), 0, c.kinks.length);
  return input.shift;
}

// Sales on a kink, on the target and a pull or push away from them, where the walk's edge
// cases are (a step gained or lost exactly at the target, pieces of zero width).
const cells: fc.Arbitrary<Cell> = fc
  .record({
    target: fc.constantFrom(100, 80, 1),
    offsets: fc.array(fc.constantFrom(-40, -20, -0.5, 0, 10, 30), { minLength: 0, maxLength: 3 }),
    slopes: fc.array(fc.constantFrom(0, 0.005, 0.05, 0.1, 2), { minLength: 4, maxLength: 4 }),
    fixed: fc.constantFrom(0, 3, 50),
    at: fc.oneof(fc.constantFrom(-40, -20, -10, -3, 0, 10, 30), fc.double({ min: -60, max: 60 })),
    nextSales: fc.constantFrom(0, 10, 100, 1000),
    share: fc.constantFrom(0, 0.1, 0.3),
    cost: fc.constantFrom(0, 0.5, 5),
    nextMarginal: fc.constantFrom(0, 0.005, 0.05, 0.2),
    pushCap: fc.constantFrom(Infinity, 0, 5, 25),
    checkpoint: fc.boolean(),
  })
  .map((r) => {
    const kinks = [...new Set(r.offsets.map((o) => r.target + o))].sort((a, b) => a - b);
    return {
      kinks,
      slopes: r.slopes.slice(0, kinks.length + 1),
      target: r.target,
      fixed: r.fixed,
      sales: Math.max(0, r.target + r.at),
      nextSales: r.nextSales,
      share: r.share,
      cost: r.cost,
      expected: r.target,
      nextMarginal: r.nextMarginal,
      pushCap: r.pushCap,
      checkpoint: r.checkpoint,
    };
  });

describe('realise.wat decides each shift as timing.ts’s walkShift does', () => {
  it('to the bit, on kinks, on the target and between them, with and without a step', () => {
    fc.assert(
      fc.property(cells, (c) => {
        const expected = typescriptShift(c);
        const actual = kernelShift(c);
        // ±0 are one decision: nothing moves either way.
        return actual === 0 ? expected === 0 : Object.is(actual, expected);
      }),
      { ...FAST_CHECK, numRuns: 2000 },
    );
  });

  it('moves deals in these cases, so the comparison above is not of zeros', () => {
    const moved = fc.sample(cells, { seed: FAST_CHECK.seed, numRuns: 500 }).map(kernelShift);
    expect(moved.filter((s) => s > 0).length).toBeGreaterThan(50);
    expect(moved.filter((s) => s < 0).length).toBeGreaterThan(50);
  });
});
