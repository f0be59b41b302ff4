import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kernelPass, kernelPassBytes } from '$lib/engine/behaviour/kernelPass';
import { PIECES, TABLE_STRIDE, writePieces } from '$lib/engine/behaviour/payPieces';
import { periodRule, type PeriodRule } from '$lib/engine/behaviour/periodRule';
import { chooseShift, inverseCurvature } from '$lib/engine/behaviour/shiftChoice';
import { shiftInput, writeCurvatures, type ShiftInput } from '$lib/engine/behaviour/timing';
import type { BehaviourPlan, BehaviourSeries } from '$lib/engine/behaviour/types';
import { selfSet } from '$lib/engine/schemes/selfSet';
import type { SimPlan } from '$lib/engine/types';
import { realiseKernel } from '$lib/engine/wasm/realiseKernel';
import { ARRAYS, reserve, wasmKernel } from '$lib/engine/wasm/wasmKernel';
import { FAST_CHECK } from '../helpers';

/** One strategic rep's first period: its rule of pay and the terms of its timing decision. */
interface Cell {
  rule: PeriodRule;
  cap: number;
  /** Weight of next year's quota in the rep's view of pay (the ratchet's rates are fixed). */
  weight: number;
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
}

const kernel = wasmKernel();
const realiser = kernel && realiseKernel(kernel);

/**
 * The shift realise.wat decides for the cell, from the deals it counts pushed or pulled. With
 * `wide` the block counts as holding tables of every piece, so the pass weighs all four.
 */
function kernelShift(c: Cell, wide = false): number {
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
    lastYear: two(0),
    periodsPerYear: 2,
    settings: {
      timing: { maxShare: c.share, cost: c.cost },
      company: { overCost: 0.1, underCost: 0.3 },
    },
    schemes: [
      {
        ratchets: false,
        naiveReportsLastYear: false,
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
  const table = new Float64Array(2 * TABLE_STRIDE);
  const pieces = writePieces(terms(c), table, 0);
  const pass = kernelPass(realiser, memory, ARRAYS, plan, behaviour);
  writeCurvatures(behaviour.expected, c.cost, pass.curvature, pass.inverse);
  const run = pass.scheme(0, {
    draws,
    booked: own(1),
    target: own(2),
    table,
    widest: wide ? PIECES : pieces,
    moves: true,
    checkpoint: c.rule.kind === 'checkpoint',
    every: 0,
    rate: 0,
  });
  if (run === undefined) throw new Error('the pass must take a plan without a ratchet');
  // A lift of 1 keeps the rep's effort out of question: one decision is made.
  run.run();

  const series = { cellPushed: two(0), cellPulled: two(0), cellSales: two(0), cellTarget: two(0) };
  pass.close([series as unknown as BehaviourSeries]);
  const pushed = series.cellPushed[0];
  const pulled = series.cellPulled[0];
  return pushed > 0 ? pushed : pulled > 0 ? -pulled : 0;
}

/** The cell's terms as a timing decision's input, before its sales and bounds are set. */
function terms(c: Cell): ShiftInput {
  const input = shiftInput(c.rule);
  input.target = c.target;
  input.fixed = c.fixed;
  input.cap = c.cap;
  input.weight = c.weight;
  input.up = 0.5;
  input.down = 0.2;
  return input;
}

/** shiftChoice.ts's decision for the same cell, from the same table. */
function typescriptShift(c: Cell): number {
  const input = terms(c);
  const table = new Float64Array(TABLE_STRIDE);
  const pieces = writePieces(input, table, 0);
  input.sales = c.sales;
  input.maxPull = c.share * c.nextSales;
  input.maxPush = Math.min(c.share * c.sales, c.pushCap);
  input.curvature = c.cost / c.expected;
  input.inverse = inverseCurvature(input.curvature);
  input.nextMarginal = c.nextMarginal;
  chooseShift(input, table, 0, c.rule.kind === 'checkpoint' ? c.fixed : 0, pieces);
  return input.shift;
}

const RULES: PeriodRule[] = [
  { kind: 'haggled-quota', excessRate: 0.005 },
  { kind: 'haggled-quota', excessRate: 0.2 },
  { kind: 'checkpoint', rate: 0.05, every: 1 },
  periodRule(selfSet(0.05, 'zero'))!,
  periodRule(selfSet(0.05, 'none'))!,
  periodRule({ ...selfSet(0.05, 'none'), alpha: 0.02 })!,
];

// Sales on a kink, on the target and a pull or push away from them, where the walk's edge
// cases are (a step gained or lost exactly at the target, pieces of zero width).
const cells: fc.Arbitrary<Cell> = fc
  .record({
    rule: fc.constantFrom(...RULES),
    cap: fc.constantFrom(Infinity, Infinity, 3, 6),
    weight: fc.constantFrom(0, 0, 0.03),
    target: fc.constantFrom(100, 80, 1),
    fixed: fc.constantFrom(0, 3, 50),
    at: fc.oneof(
      fc.constantFrom(-50, -40, -20, -10, -3, 0, 10, 30),
      fc.double({ min: -60, max: 60 }),
    ),
    nextSales: fc.constantFrom(0, 10, 100, 1000),
    share: fc.constantFrom(0, 0.1, 0.3),
    cost: fc.constantFrom(0, 0.5, 5),
    nextMarginal: fc.constantFrom(0, 0.005, 0.05, 0.2),
    pushCap: fc.constantFrom(Infinity, 0, 5, 25),
  })
  .map((r) => ({
    rule: r.rule,
    cap: r.cap,
    weight: r.weight,
    target: r.target,
    fixed: r.fixed,
    sales: Math.max(0, r.target + r.at),
    nextSales: r.nextSales,
    share: r.share,
    cost: r.cost,
    expected: r.target,
    nextMarginal: r.nextMarginal,
    pushCap: r.pushCap,
  }));

describe('realise.wat decides each shift as shiftChoice.ts’s chooseShift does', () => {
  it('to the bit, on kinks, on the target and between them, with and without a step or a cap', () => {
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

  it('to the bit where a cell’s table has fewer pieces than the widest of its block', () => {
    fc.assert(
      fc.property(cells, (c) => {
        const expected = typescriptShift(c);
        const actual = kernelShift(c, true);
        return actual === 0 ? expected === 0 : Object.is(actual, expected);
      }),
      { ...FAST_CHECK, numRuns: 1000 },
    );
  });

  it('moves deals in these cases, so the comparison above is not of zeros', () => {
    const moved = fc
      .sample(cells, { seed: FAST_CHECK.seed, numRuns: 500 })
      .map((c) => kernelShift(c));
    expect(moved.filter((s) => s > 0).length).toBeGreaterThan(50);
    expect(moved.filter((s) => s < 0).length).toBeGreaterThan(50);
  });
});
