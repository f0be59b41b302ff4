/**
 * The behaviour pass in the kernel's memory (wasm/realise.wat): the arrays a block's pass
 * reads, copied in once, and one frame per scheme that tells the pass where they are. The
 * booked sales and targets a scheme writes are the kernel block's own (its `booked` and
 * `targets`), so the kernel pays them where they lie.
 */
import type { SimPlan } from '../types';
import { QUESTION_AT, type CellValue, type RealiseKernel } from '../wasm/realiseKernel';
import { PIECE_STRIDE } from './timing';
import type { BehaviourPlan, BehaviourSeries } from './types';

/** Bytes of a scheme's frame: offsets and settings, the trial's figures and scratch. */
const FRAME = 256;

/**
 * Per-cell arrays of a scheme: lift, plan targets, fixed pay, stakes, next marginals, push
 * caps, effort costs and the four per-cell sums; kinks and slopes take PIECE_STRIDE cells' worth each
 * (realise.wat reads them at 32 bytes a cell).
 */
const SCHEME_CELL_ARRAYS = 11;

/** Room the pass needs in the kernel's memory for a block of `plan`, in bytes. */
export function kernelPassBytes(plan: SimPlan): number {
  const cells = plan.reps * plan.periods;
  const shared = 8 * (3 * cells + plan.reps) + eights(plan.reps);
  const perScheme = FRAME + 8 * (SCHEME_CELL_ARRAYS + 2 * PIECE_STRIDE) * cells + eights(cells);
  return shared + plan.schemes.length * perScheme;
}

/** What a scheme's pass leaves per trial, from the frame's offset 144 on. */
export interface PassFigures {
  base: number;
  pulled: number;
  pushed: number;
  gaveUp: number;
  moving: number;
  planning: number;
  saved: number;
  total: number;
}

export interface KernelPass {
  /** Per cell, shared by the schemes: the moving cost and effort spent of the current trial. */
  shiftCost: Float64Array;
  spent: Float64Array;
  /** A scheme's pass over one trial, or undefined when it must run in TypeScript. */
  scheme(s: number, setup: SchemeSetup): ((value: CellValue) => PassFigures) | undefined;
  /** Adds the per-cell sums of the block to each scheme's series. */
  close(series: BehaviourSeries[]): void;
}

/** A scheme's arrays the frame points to, and its rule's settings. */
export interface SchemeSetup {
  draws: Float64Array;
  booked: Float64Array;
  target: Float64Array;
  kinks: Float64Array;
  slopes: Float64Array;
  counts: Uint8Array;
  /** Whether strategic reps move deals (a rule, and timing on), its block and rate. */
  moves: boolean;
  checkpoint: boolean;
  every: number;
  rate: number;
}

/**
 * Lays out the pass of a block at `at` in `memory` (kernelPassBytes of room). The pass covers
 * plans whose pieces of pay stay the same all block: a scheme whose ratchet moves targets
 * within the run keeps the TypeScript pass.
 */
export function kernelPass(
  kernel: RealiseKernel,
  memory: WebAssembly.Memory,
  at: number,
  plan: SimPlan,
  behaviour: BehaviourPlan,
): KernelPass {
  const { buffer } = memory;
  const cells = plan.reps * plan.periods;
  let next = at;
  const take = (bytes: number) => {
    const start = next;
    next += bytes;
    return start;
  };
  const doubles = (count: number) => new Float64Array(buffer, take(8 * count), count);
  const bytes = (count: number) => new Uint8Array(buffer, take(eights(count)), count);
  const copy = (values: Float64Array) => {
    const view = doubles(values.length);
    view.set(values);
    return view;
  };

  const expected = copy(behaviour.expected);
  const strategic = bytes(plan.reps);
  strategic.set(behaviour.strategic);
  const lastSales = copy(behaviour.lastSales);
  const shiftCost = doubles(cells);
  const spent = doubles(cells);
  const sums: Float64Array[][] = [];
  const { timing, company } = behaviour.settings;

  const scheme = (s: number, setup: SchemeSetup) => {
    const b = behaviour.schemes[s];
    const planned = plan.schemes[s];
    const ratchetsInRun = b.ratchets && plan.periods > behaviour.periodsPerYear;
    const own = (v: Float64Array) => v.buffer === buffer;
    if (ratchetsInRun || !own(setup.draws) || !own(setup.booked) || !own(setup.target)) {
      return undefined;
    }

    const frame = take(FRAME);
    const ints = new Int32Array(buffer, frame, 26);
    const reals = new Float64Array(buffer, frame + 104, 13);
    const counts = bytes(cells);
    counts.set(setup.counts);
    const kinks = doubles(PIECE_STRIDE * cells);
    const slopes = doubles(PIECE_STRIDE * cells);
    if (setup.kinks.length > 0) {
      kinks.set(setup.kinks);
      slopes.set(setup.slopes);
    }
    // The memory holds the last block's arrays: the sums must start at 0.
    const cellSums = [doubles(cells), doubles(cells), doubles(cells), doubles(cells)];
    for (const sum of cellSums) sum.fill(0);
    sums[s] = cellSums;
    const offsets = [
      setup.draws,
      copy(b.lift),
      copy(planned.target),
      copy(planned.fixedPay),
      copy(b.stake),
      copy(b.nextMarginal),
      expected,
      kinks,
      slopes,
      counts,
      strategic,
      lastSales,
      setup.target,
      setup.booked,
      shiftCost,
      spent,
      copy(b.effortCost),
      ...cellSums,
    ].map((v) => v.byteOffset);
    ints.set(offsets);
    ints[21] = plan.reps;
    ints[22] = plan.periods;
    ints[23] =
      (b.naiveReportsLastSales ? 1 : 0) | (setup.moves ? 2 : 0) | (setup.checkpoint ? 4 : 0);
    ints[24] = setup.every;
    ints[25] = copy(b.pushCap).byteOffset;
    reals.set([setup.rate, timing.maxShare, timing.cost, company.overCost, company.underCost]);

    const figures: PassFigures = {
      base: 0,
      pulled: 0,
      pushed: 0,
      gaveUp: 0,
      moving: 0,
      planning: 0,
      saved: 0,
      total: 0,
    };
    const question = new Float64Array(buffer, frame + QUESTION_AT, 6);
    let value: CellValue = () => NaN;
    const ask = (cell: number) => {
      const q = question;
      return value(cell, q[0], q[1], q[2], q[3], q[4], q[5]);
    };
    return (cellValue: CellValue): PassFigures => {
      value = cellValue;
      kernel.run(frame, ask);
      figures.base = reals[5];
      figures.pulled = reals[6];
      figures.pushed = reals[7];
      figures.gaveUp = reals[8];
      figures.moving = reals[9];
      figures.planning = reals[10];
      figures.saved = reals[11];
      figures.total = reals[12];
      return figures;
    };
  };

  // The series' per-cell sums start the block at 0, as the kernel's did.
  const close = (series: BehaviourSeries[]) => {
    sums.forEach(([pushed, pulled, sales, target], s) => {
      const out = series[s];
      out.cellPushed.set(pushed);
      out.cellPulled.set(pulled);
      out.cellSales.set(sales);
      out.cellTarget.set(target);
    });
  };

  return { shiftCost, spent, scheme, close };
}

/** `count` bytes rounded up to a whole number of doubles. */
function eights(count: number): number {
  return 8 * Math.ceil(count / 8);
}
