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
 * The shifts realise.wat decides for the cells, one rep each, from the deals it counts pushed
 * or pulled; a rep given null moves no deals. With `wide` the block counts as holding tables of
 * every piece, so the pass weighs all four.
 */
function kernelShifts(cs: (Cell | null)[], wide = false): number[] {
  if (kernel === null || realiser === null) throw new Error('Node compiles WebAssembly');
  const reps = cs.length;
  const perCell = (f: (c: Cell) => number) =>
    Float64Array.from(cs.flatMap((c) => (c === null ? [1, 1] : [f(c), f(c)])));
  const plan = {
    reps,
    periods: 2,
    schemes: [{ target: perCell((c) => c.target), fixedPay: perCell((c) => c.fixed) }],
  } as unknown as SimPlan;
  const behaviour = {
    expected: perCell((c) => c.expected),
    strategic: Uint8Array.from(cs.map((c) => (c === null ? 0 : 1))),
    lastYear: new Float64Array(2 * reps),
    periodsPerYear: 2,
    settings: {
      // One share and one cost for the block, as a run has: the first cell's.
      timing: { maxShare: cs.find((c) => c !== null)!.share, cost: cs.find((c) => c)!.cost },
      company: { overCost: 0.1, underCost: 0.3 },
    },
    schemes: [
      {
        ratchets: false,
        naiveReportsLastYear: false,
        lift: new Float64Array(2 * reps).fill(1),
        stake: perCell((c) => c.fixed),
        nextMarginal: perCell((c) => c.nextMarginal),
        pushCap: perCell((c) => c.pushCap),
        effortCost: new Float64Array(2 * reps),
      },
    ],
  } as unknown as BehaviourPlan;

  const room = kernelPassBytes(plan);
  const cells = 2 * reps;
  if (!reserve(kernel, ARRAYS + room + 3 * 8 * cells)) throw new Error('no memory');
  const { memory } = kernel.exports;
  const own = (k: number) => new Float64Array(memory.buffer, ARRAYS + room + 8 * cells * k, cells);
  const draws = own(0);
  draws.set(cs.flatMap((c) => (c === null ? [50, 50] : [c.sales, c.nextSales])));
  const table = new Float64Array(cells * TABLE_STRIDE);
  let widest = 0;
  cs.forEach((c, r) => {
    if (c !== null) widest = Math.max(widest, writePieces(terms(c), table, 2 * r * TABLE_STRIDE));
  });
  const pass = kernelPass(realiser, memory, ARRAYS, plan, behaviour);
  writeCurvatures(behaviour.expected, behaviour.settings.timing.cost, pass.curvature, pass.inverse);
  const run = pass.scheme(0, {
    draws,
    booked: own(1),
    target: own(2),
    table,
    widest: wide ? PIECES : widest,
    moves: true,
    // Every rule of a block is one scheme's: the first cell's says whether it is a checkpoint.
    checkpoint: cs.find((c) => c !== null)!.rule.kind === 'checkpoint',
    every: 0,
    rate: 0,
  });
  if (run === undefined) throw new Error('the pass must take a plan without a ratchet');
  // A lift of 1 keeps the reps' effort out of question: one decision each is made.
  run.run();

  const zeros = () => new Float64Array(cells);
  const series = {
    cellPushed: zeros(),
    cellPulled: zeros(),
    cellSales: zeros(),
    cellTarget: zeros(),
  };
  pass.close([series as unknown as BehaviourSeries]);
  return cs.map((_, r) => {
    const pushed = series.cellPushed[2 * r];
    const pulled = series.cellPulled[2 * r];
    return pushed > 0 ? pushed : pulled > 0 ? -pulled : 0;
  });
}

function kernelShift(c: Cell, wide = false): number {
  return kernelShifts([c], wide)[0];
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

  it('to the bit for each rep where reps decide in pairs and take different ways', () => {
    // A block shares its share and cost of moving deals, and whether its rule is a checkpoint;
    // reps that move no deals (null) sit between them, so pairs form across them.
    const blocks = fc
      .record({
        checkpoint: fc.boolean(),
        share: fc.constantFrom(0.1, 0.3),
        cost: fc.constantFrom(0, 0.5, 5),
        reps: fc.array(fc.option(cells, { freq: 4 }), { minLength: 2, maxLength: 7 }),
      })
      .map((b) =>
        b.reps.map((c) =>
          c === null
            ? null
            : {
                ...c,
                share: b.share,
                cost: b.cost,
                rule: b.checkpoint
                  ? { kind: 'checkpoint' as const, rate: 0.05, every: 1 }
                  : c.rule.kind === 'checkpoint'
                    ? RULES[3]
                    : c.rule,
              },
        ),
      )
      .filter((cs) => cs.some((c) => c !== null));
    fc.assert(
      fc.property(blocks, (cs) => {
        const actual = kernelShifts(cs);
        return cs.every((c, r) => {
          if (c === null) return actual[r] === 0;
          const expected = typescriptShift(c);
          return actual[r] === 0 ? expected === 0 : Object.is(actual[r], expected);
        });
      }),
      { ...FAST_CHECK, numRuns: 1000 },
    );
  });

  it('holds pairs whose reps move deals in opposite directions, so the lanes part ways', () => {
    const pairs = fc.sample(fc.tuple(cells, cells), { seed: FAST_CHECK.seed, numRuns: 300 });
    const parted = pairs
      .filter(([a, b]) => (a.rule.kind === 'checkpoint') === (b.rule.kind === 'checkpoint'))
      .map(([a, b]) => kernelShifts([a, { ...b, share: a.share, cost: a.cost }]))
      .filter(([a, b]) => a * b < 0);
    expect(parted.length).toBeGreaterThan(20);
  });

  it('moves deals in these cases, so the comparison above is not of zeros', () => {
    const moved = fc
      .sample(cells, { seed: FAST_CHECK.seed, numRuns: 500 })
      .map((c) => kernelShift(c));
    expect(moved.filter((s) => s > 0).length).toBeGreaterThan(50);
    expect(moved.filter((s) => s < 0).length).toBeGreaterThan(50);
  });
});
