/**
 * The behaviour pass in the kernel's memory (wasm/realise.wat): what the pass reads of each
 * cell, in a record per cell and one per period of each pair of reps that move deals, which a
 * plan's first block builds and every block copies in, and one frame per scheme that tells the
 * pass where things are. The booked sales and targets a
 * scheme writes are the kernel block's own (its `booked` and `targets`), so the kernel pays
 * them where they lie.
 */
import type { SimPlan } from '../types';
import type { RealiseKernel } from '../wasm/realiseKernel';
import { concaveFrom, PIECES, SLOPE, TABLE_STRIDE } from './payPieces';
import type { BehaviourPlan, BehaviourSeries } from './types';

/** Bytes of a scheme's frame: offsets, settings and the trial's figures. */
const FRAME = 176;

/**
 * A cell's record, in doubles (realise.wat describes it): what the pass reads of every cell,
 * and its per-cell sums of sales and targets (from 16 bytes on, where a pair loads whole).
 */
const LIFT = 0;
/** The target of a rep's first year: last year's sales for a naive rep that reports them. */
const FIRST_TARGET = 1;
const SALES = 2;
const TARGET = 3;
const RECORD = TARGET + 1;

/**
 * A pair record, in doubles: one period of two reps that move deals, each field a pair (the
 * first rep's, then the second's), each at twice its index here.
 */
const P_LIFT = 0;
const P_TARGET = 1;
const P_CURVATURE = 2;
const P_INVERSE = 3;
const P_PUSH_CAP = 4;
const P_CONCAVE_FROM = 5;
const P_FIXED_PAY = 6;
const P_STAKE = 7;
const P_PULLED = 8;
const P_PUSHED = 9;
const P_NEXT_MARGINAL = 10;
const P_VERTEX = 11;
const P_TABLE = P_VERTEX + PIECES;
const PAIR_RECORD = 2 * (P_TABLE + TABLE_STRIDE);

/** Bytes per period of the pass's scratch: a pair's moves, who gave up and what they saved. */
const SCRATCH = 48;

/** A scheme's records as a plan's first block built them: every cell's, and the pairs'. */
interface Records {
  cells: Float64Array;
  pairs: Float64Array;
  /** Where each pair's reps' cells start in arrays of doubles, in bytes (a last pair of one
   * rep has it twice). */
  firsts: Int32Array;
}

/**
 * Each scheme's records as a plan's first block built them: they hold nothing of a block's
 * own, so its next blocks copy them whole (a worker runs many blocks of one plan).
 */
const built = new WeakMap<SimPlan, Records[]>();

/** Room the pass needs in the kernel's memory for a block of `plan`, in bytes. */
export function kernelPassBytes(plan: SimPlan): number {
  const cells = plan.reps * plan.periods;
  const shared = eights(plan.reps);
  // At most one pair per two reps. Effort costs, effort spent and moving costs per cell; 8
  // more bytes (16 for good measure) let the frame, and the records after it, start on 16,
  // where pairs of doubles load whole.
  const pairs = Math.ceil(plan.reps / 2);
  const perScheme =
    FRAME +
    8 * (RECORD + 3) * cells +
    8 * PAIR_RECORD * pairs * plan.periods +
    eights(8 * pairs) +
    SCRATCH * plan.periods +
    eights(4 * (cells + 1)) +
    16;
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
  const inMemory: Records[] = [];
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
    const { firsts } = kept[s];
    const record = copy(kept[s].cells);
    const pairRecord = copy(kept[s].pairs);
    const firstsView = new Int32Array(buffer, take(eights(4 * firsts.length)), firsts.length);
    firstsView.set(firsts);
    inMemory[s] = { cells: record, pairs: pairRecord, firsts };
    const scratch = take(SCRATCH * plan.periods);
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
    new Int32Array(buffer, frame + 88, 1)[0] = firsts.length / 2;
    new Int32Array(buffer, frame + 152, 3).set([
      pairRecord.byteOffset,
      firstsView.byteOffset,
      scratch,
    ]);

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
    inMemory.forEach(({ cells: record, pairs, firsts }, s) => {
      const out = series[s];
      for (let i = 0; i < cells; i++) {
        out.cellPulled[i] = 0;
        out.cellPushed[i] = 0;
        out.cellSales[i] = record[i * RECORD + SALES];
        out.cellTarget[i] = record[i * RECORD + TARGET];
      }
      for (let k = 0; k < firsts.length; k++) {
        // A last pair of one rep has it twice: its second lane is not read.
        if (k % 2 === 1 && firsts[k] === firsts[k - 1]) continue;
        const first = firsts[k] / 8;
        for (let j = 0; j < plan.periods; j++) {
          const at = ((k >> 1) * plan.periods + j) * PAIR_RECORD + (k & 1);
          out.cellPulled[first + j] = pairs[at + 2 * P_PULLED];
          out.cellPushed[first + j] = pairs[at + 2 * P_PUSHED];
        }
      }
    });
  };

  return { curvature, inverse, scheme, close };
}

/**
 * Scheme s's records (realise.wat describes them), their sums at 0: every cell's, and where
 * reps move deals, one per period of each pair of them. The vertices are read only where pay
 * is concave, never under a checkpoint rule, so the next marginal they take is the cell's: the
 * same operations as chooseShift's, done once.
 */
function records(
  plan: SimPlan,
  behaviour: BehaviourPlan,
  s: number,
  setup: SchemeSetup,
  curvature: Float64Array,
  inverse: Float64Array,
): Records {
  const b = behaviour.schemes[s];
  const planned = plan.schemes[s];
  const { table } = setup;
  const { periods } = plan;
  const cells = new Float64Array(RECORD * plan.reps * periods);
  for (let i = 0; i < plan.reps * periods; i++) {
    const at = i * RECORD;
    cells[at + LIFT] = b.lift[i];
    const naive = b.naiveReportsLastYear && behaviour.strategic[Math.floor(i / periods)] !== 1;
    cells[at + FIRST_TARGET] = naive ? behaviour.lastYear[i] : planned.target[i];
  }

  const movers: number[] = [];
  if (setup.moves) {
    for (let r = 0; r < plan.reps; r++) if (behaviour.strategic[r] === 1) movers.push(r);
  }
  if (movers.length % 2 === 1) movers.push(movers[movers.length - 1]);
  const firsts = Int32Array.from(movers, (r) => 8 * r * periods);
  const pairs = new Float64Array(PAIR_RECORD * (movers.length / 2) * periods);
  movers.forEach((r, k) => {
    for (let j = 0; j < periods; j++) {
      const i = r * periods + j;
      const from = i * TABLE_STRIDE;
      const at = ((k >> 1) * periods + j) * PAIR_RECORD + (k & 1);
      const put = (field: number, value: number) => (pairs[at + 2 * field] = value);
      put(P_LIFT, b.lift[i]);
      put(P_TARGET, planned.target[i]);
      put(P_CURVATURE, curvature[i]);
      put(P_INVERSE, inverse[i]);
      put(P_PUSH_CAP, b.pushCap[i]);
      // Where the table's pay turns concave, as chooseShift's concaveStart finds it.
      put(P_CONCAVE_FROM, setup.checkpoint ? Infinity : concaveFrom(table, from));
      put(P_FIXED_PAY, planned.fixedPay[i]);
      put(P_STAKE, b.stake[i]);
      put(P_NEXT_MARGINAL, b.nextMarginal[i]);
      for (let q = 0; q < PIECES; q++) {
        put(P_VERTEX + q, (table[from + SLOPE + q] - b.nextMarginal[i]) * inverse[i]);
      }
      for (let q = 0; q < TABLE_STRIDE; q++) put(P_TABLE + q, table[from + q]);
    }
  });
  return { cells, pairs, firsts };
}

/** `count` bytes rounded up to a whole number of doubles. */
function eights(count: number): number {
  return 8 * Math.ceil(count / 8);
}
