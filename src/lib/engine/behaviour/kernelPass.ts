/**
 * The behaviour pass in the kernel's memory (wasm/realise.wat): what the pass reads of each
 * cell, in a record per cell that a plan's first block builds and every block copies in, and
 * one frame per scheme that tells the pass where things are. The booked sales and targets a
 * scheme writes are the kernel block's own (its `booked` and `targets`), so the kernel pays
 * them where they lie.
 */
import type { SimPlan } from '../types';
import type { RealiseKernel } from '../wasm/realiseKernel';
import { concaveFrom, PIECES, SLOPE, TABLE_STRIDE } from './payPieces';
import type { BehaviourPlan, BehaviourSeries } from './types';

/** Bytes of a scheme's frame: offsets, settings and the trial's figures. */
const FRAME = 160;

/**
 * A cell's record, in doubles (realise.wat describes it): first what the pass reads of every
 * cell, then the terms and sums of a timing decision, each piece's vertex less the sales and
 * the table of pieces, each field at its index here.
 */
const LIFT = 0;
const PLAN_TARGET = 1;
const LAST_YEAR = 2;
const NEXT_MARGINAL = 3;
const SALES = 4;
const TARGET = 5;
const CURVATURE = 6;
const INVERSE = 7;
const PUSH_CAP = 8;
const CONCAVE_FROM = 9;
const PULLED = 10;
const PUSHED = 11;
const FIXED_PAY = 12;
const STAKE = 13;
const VERTEX = 14;
const TABLE = VERTEX + PIECES;
const RECORD = TABLE + TABLE_STRIDE;
/** A record where no rep moves deals: what the pass reads of every cell, up to the sums. */
const STILL_RECORD = TARGET + 1;

/**
 * Each scheme's records as a plan's first block built them: they hold nothing of a block's
 * own, so its next blocks copy them whole (a worker runs many blocks of one plan).
 */
const built = new WeakMap<SimPlan, Float64Array[]>();

/** Room the pass needs in the kernel's memory for a block of `plan`, in bytes. */
export function kernelPassBytes(plan: SimPlan): number {
  const cells = plan.reps * plan.periods;
  const shared = eights(plan.reps);
  // Effort costs, effort spent and moving costs per cell; 8 more bytes (16 for good measure)
  // let the frame, and the records after it, start on 16, where pairs of doubles load whole.
  const perScheme = FRAME + 8 * (RECORD + 3) * cells + eights(4 * (cells + 1)) + 16;
  return shared + plan.schemes.length * perScheme;
}

/** What a scheme's pass leaves per trial, from the frame's offset 96 on. */
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
  /**
   * Per cell, for the caller to fill before it asks for a scheme's pass: the curvature of
   * moving deals' cost and its inverse.
   */
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

  const curvature = new Float64Array(cells);
  const inverse = new Float64Array(cells);
  const strategic = bytes(plan.reps);
  strategic.set(behaviour.strategic);
  const inMemory: Float64Array[] = [];
  const strides: number[] = [];
  const kept = built.get(plan) ?? [];
  built.set(plan, kept);
  const { timing, company } = behaviour.settings;

  const scheme = (s: number, setup: SchemeSetup) => {
    const b = behaviour.schemes[s];
    const ratchetsInRun = b.ratchets && plan.periods > behaviour.periodsPerYear;
    const own = (v: Float64Array) => v.buffer === buffer;
    if (ratchetsInRun || !own(setup.draws) || !own(setup.booked) || !own(setup.target)) {
      return undefined;
    }

    if (next % 16 !== 0) take(8);
    const frame = take(FRAME);
    const ints = new Int32Array(buffer, frame, 14);
    const reals = new Float64Array(buffer, frame + 56, 12);
    kept[s] ??= records(plan, behaviour, s, setup, curvature, inverse);
    const record = copy(kept[s]);
    inMemory[s] = record;
    strides[s] = strideOf(setup);
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
      record,
      setup.target,
      setup.booked,
      shiftCost,
      spent,
      copy(b.effortCost),
      strategic,
      quits,
    ].map((v) => v.byteOffset);
    ints.set(offsets);
    ints[9] = plan.reps;
    ints[10] = plan.periods;
    ints[11] =
      (b.naiveReportsLastYear ? 1 : 0) |
      (setup.moves ? 2 : 0) |
      (setup.checkpoint ? 4 : 0) |
      (setup.widest <= 2 ? 8 : 0);
    ints[12] = setup.every;
    ints[13] = behaviour.periodsPerYear;
    reals.set([setup.rate, timing.maxShare, company.overCost, company.underCost]);
    new Int32Array(buffer, frame + 88, 1)[0] = 8 * strideOf(setup);

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
      figures.planning = reals[7];
      figures.total = reals[8];
      figures.gaveUp = reals[9];
      figures.moving = reals[10];
      figures.saved = reals[11];
      return figures;
    };
    return { run, shiftCost, spent };
  };

  // The series' per-cell sums start the block at 0, as the kernel's did.
  const close = (series: BehaviourSeries[]) => {
    inMemory.forEach((record, s) => {
      const out = series[s];
      const stride = strides[s];
      for (let i = 0; i < cells; i++) {
        const at = i * stride;
        const moves = stride === RECORD;
        out.cellPulled[i] = moves ? record[at + PULLED] : 0;
        out.cellPushed[i] = moves ? record[at + PUSHED] : 0;
        out.cellSales[i] = record[at + SALES];
        out.cellTarget[i] = record[at + TARGET];
      }
    });
  };

  return { curvature, inverse, scheme, close };
}

/**
 * Scheme s's records (realise.wat describes them), their sums at 0. The vertices are read
 * only where pay is concave, never under a checkpoint rule, so the next marginal they take
 * is the cell's: the same operations as chooseShift's, done once.
 */
function records(
  plan: SimPlan,
  behaviour: BehaviourPlan,
  s: number,
  setup: SchemeSetup,
  curvature: Float64Array,
  inverse: Float64Array,
): Float64Array {
  const b = behaviour.schemes[s];
  const planned = plan.schemes[s];
  const { table } = setup;
  const cells = plan.reps * plan.periods;
  const stride = strideOf(setup);
  const record = new Float64Array(stride * cells);
  for (let i = 0; i < cells; i++) {
    const at = i * stride;
    record[at + LIFT] = b.lift[i];
    record[at + PLAN_TARGET] = planned.target[i];
    record[at + LAST_YEAR] = behaviour.lastYear[i];
    record[at + NEXT_MARGINAL] = b.nextMarginal[i];
    if (stride === STILL_RECORD) continue;
    const from = i * TABLE_STRIDE;
    record[at + CURVATURE] = curvature[i];
    record[at + INVERSE] = inverse[i];
    record[at + PUSH_CAP] = b.pushCap[i];
    // Where the table's pay turns concave, as chooseShift's concaveStart finds it.
    record[at + CONCAVE_FROM] = setup.checkpoint ? Infinity : concaveFrom(table, from);
    record[at + FIXED_PAY] = planned.fixedPay[i];
    record[at + STAKE] = b.stake[i];
    for (let j = 0; j < PIECES; j++) {
      record[at + VERTEX + j] = (table[from + SLOPE + j] - b.nextMarginal[i]) * inverse[i];
    }
    for (let k = 0; k < TABLE_STRIDE; k++) record[at + TABLE + k] = table[from + k];
  }
  return record;
}

/** Doubles per record: a whole one where reps move deals, else what every cell needs. */
function strideOf(setup: SchemeSetup): number {
  return setup.moves ? RECORD : STILL_RECORD;
}

/** `count` bytes rounded up to a whole number of doubles. */
function eights(count: number): number {
  return 8 * Math.ceil(count / 8);
}
