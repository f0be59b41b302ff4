/**
 * The behaviour pass in the kernel's memory (wasm/realise.wat): the arrays a block's pass
 * reads, copied in once, and one frame per scheme that tells the pass where they are. The
 * booked sales and targets a scheme writes are the kernel block's own (its `booked` and
 * `targets`), so the kernel pays them where they lie.
 */
import type { SimPlan } from '../types';
import type { RealiseKernel } from '../wasm/realiseKernel';
import { concaveFrom, TABLE_STRIDE } from './payPieces';
import type { BehaviourPlan, BehaviourSeries } from './types';

/** Bytes of a scheme's frame: offsets, settings and the trial's figures. */
const FRAME = 208;

/**
 * Per-cell arrays of doubles of a scheme besides its table of pieces of pay: lift, plan
 * targets, fixed pay, stakes, next marginals, push caps, effort costs, effort spent, moving
 * costs, the four per-cell sums and where each table's pay turns concave.
 */
const SCHEME_CELL_ARRAYS = 14;

/**
 * Per plan and scheme, where each table's pay turns concave: the plan's alone, so found for
 * its first block and copied for the next ones (a worker runs many blocks of one plan).
 */
const concavePoints = new WeakMap<SimPlan, Float64Array[]>();

/** Room the pass needs in the kernel's memory for a block of `plan`, in bytes. */
export function kernelPassBytes(plan: SimPlan): number {
  const cells = plan.reps * plan.periods;
  const shared = 8 * 3 * cells + eights(plan.reps);
  // 8 more bytes let the table start on 16, where its pairs of doubles load whole.
  const perScheme =
    FRAME + 8 * (SCHEME_CELL_ARRAYS + TABLE_STRIDE) * cells + eights(4 * (cells + 1)) + 8;
  return shared + plan.schemes.length * perScheme;
}

/** What a scheme's pass leaves per trial, from the frame's offset 144 on. */
export interface PassFigures {
  pulled: number;
  pushed: number;
  gaveUp: number;
  moving: number;
  planning: number;
  saved: number;
  total: number;
}

export interface KernelPass {
  /** Per cell, for the caller to fill: the curvature of moving deals' cost and its inverse. */
  curvature: Float64Array;
  inverse: Float64Array;
  /** A scheme's pass over one trial, or undefined when it must run in TypeScript. */
  scheme(s: number, setup: SchemeSetup): SchemePass | undefined;
  /** Adds the per-cell sums of the block to each scheme's series. */
  close(series: BehaviourSeries[]): void;
}

/** A scheme's pass over one trial, and what it leaves per cell for the trial's tally. */
export interface SchemePass {
  run(): PassFigures;
  /** The current trial's moving cost and effort spent: the plan's, or 0 where a rep gave up. */
  shiftCost: Float64Array;
  spent: Float64Array;
}

/** A scheme's arrays the frame points to, and its rule's settings. */
export interface SchemeSetup {
  draws: Float64Array;
  booked: Float64Array;
  target: Float64Array;
  /** Tables of pieces of pay (payPieces.ts), one per cell where strategic reps move deals, and
   * the most pieces any of them has. */
  table: Float64Array;
  widest: number;
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

  const curvature = doubles(cells);
  const inverse = doubles(cells);
  const strategic = bytes(plan.reps);
  strategic.set(behaviour.strategic);
  const lastYear = copy(behaviour.lastYear);
  const sums: Float64Array[][] = [];
  const points = concavePoints.get(plan) ?? [];
  concavePoints.set(plan, points);
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
    const reals = new Float64Array(buffer, frame + 104, 12);
    if (next % 16 !== 0) take(8);
    const table = doubles(TABLE_STRIDE * cells);
    table.set(setup.table);
    points[s] ??= concaveStarts(setup, cells);
    const from = copy(points[s]);
    // The memory holds the last block's arrays: the sums and moving costs must start at 0.
    const cellSums = [doubles(cells), doubles(cells), doubles(cells), doubles(cells)];
    for (const sum of cellSums) sum.fill(0);
    sums[s] = cellSums;
    // The pass writes moving costs only where reps move deals, and effort spent only where a
    // rep gives up, which it lists (`quits`) to restore at the start of the next trial.
    const shiftCost = doubles(cells);
    shiftCost.fill(0);
    const spent = copy(b.effortCost);
    // Their count is the list's last entry.
    const quits = new Int32Array(buffer, take(eights(4 * (cells + 1))), cells + 1);
    quits[cells] = 0;
    const offsets = [
      setup.draws,
      copy(b.lift),
      copy(planned.target),
      copy(planned.fixedPay),
      copy(b.stake),
      copy(b.nextMarginal),
      curvature,
      inverse,
      table,
      strategic,
      lastYear,
      setup.target,
      setup.booked,
      shiftCost,
      spent,
      copy(b.effortCost),
      ...cellSums,
      copy(b.pushCap),
      quits,
    ].map((v) => v.byteOffset);
    ints.set(offsets.slice(0, 21));
    ints[21] = plan.reps;
    ints[22] = plan.periods;
    ints[23] =
      (b.naiveReportsLastYear ? 1 : 0) |
      (setup.moves ? 2 : 0) |
      (setup.checkpoint ? 4 : 0) |
      (setup.widest <= 2 ? 8 : 0);
    ints[24] = setup.every;
    ints[25] = offsets[21];
    reals.set([setup.rate, timing.maxShare, company.overCost, company.underCost]);
    new Int32Array(buffer, frame + 136, 2).set([from.byteOffset, behaviour.periodsPerYear]);

    const figures: PassFigures = {
      pulled: 0,
      pushed: 0,
      gaveUp: 0,
      moving: 0,
      planning: 0,
      saved: 0,
      total: 0,
    };
    const run = (): PassFigures => {
      kernel.run(frame);
      figures.pulled = reals[5];
      figures.pushed = reals[6];
      figures.gaveUp = reals[7];
      figures.moving = reals[8];
      figures.planning = reals[9];
      figures.saved = reals[10];
      figures.total = reals[11];
      return figures;
    };
    return { run, shiftCost, spent };
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

  return { curvature, inverse, scheme, close };
}

/** Where each table's pay turns concave, as chooseShift's concaveStart finds it. */
function concaveStarts({ table, checkpoint, moves }: SchemeSetup, cells: number): Float64Array {
  const from = new Float64Array(cells);
  for (let i = 0; i < cells; i++) {
    from[i] = checkpoint || !moves ? Infinity : concaveFrom(table, i * TABLE_STRIDE);
  }
  return from;
}

/** `count` bytes rounded up to a whole number of doubles. */
function eights(count: number): number {
  return 8 * Math.ceil(count / 8);
}
