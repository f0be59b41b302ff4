/**
 * One block's arrays in the kernel's memory: the plan's laws and targets copied in once, the
 * trial's sales and the kernel-paid schemes' pay and per-rep sums living there for the block.
 * Under behaviour each scheme pays the sales its reps book against targets set per trial, so
 * those live there too, where the behaviour pass writes them and the kernel reads them.
 */
import type { Xoshiro128 } from '../random';
import type { TrialTally } from '../schemes/cellByCellTally';
import { floorBound } from '../schemes/truthTelling';
import type { PlannedScheme, SimPlan } from '../types';
import { ARRAYS, reserve, type KernelExports, type WasmKernel } from './wasmKernel';

/** Which kernel pays a scheme, if any. */
type Payer = 'typescript' | 'truth-telling' | 'quota';

/** Where one kernel-paid scheme's arrays are, and its parameters. */
interface Paid {
  payer: Payer;
  target: number;
  /** The law of quotas drawn each trial into `target` (0 where the quotas stay put). */
  logScale: number;
  noise: number;
  fixedPay: number;
  /** The sales the scheme pays: the common draws, or its own booked sales under behaviour. */
  sales: number;
  pay: number;
  sums: number;
  squares: number;
  alpha: number;
  beta: number;
  gamma: number;
  zeroFloor: number;
  lowest: number;
  excessRate: number;
}

/**
 * A block in the kernel's memory. A thread has one kernel and one memory, so one block at a
 * time: opening another overwrites this one's arrays (simulateBlock runs to its end before it
 * returns, so it never holds two).
 */
export class KernelBlock {
  /** The trial's sales, a view of the kernel's memory. */
  readonly sales: Float64Array;
  /** Per scheme: the view its kernel pays into, or undefined where TypeScript pays it. */
  readonly pay: (Float64Array | undefined)[];
  /**
   * Per kernel-paid scheme of a block opened for behaviour: views of the sales it pays and of
   * its targets, for the behaviour pass to fill each trial; undefined otherwise.
   */
  readonly booked: (Float64Array | undefined)[];
  readonly targets: (Float64Array | undefined)[];
  /** Where the room asked for by `open`'s `extraBytes` starts in `memory`. */
  readonly extra: number;
  readonly memory: WebAssembly.Memory;
  private readonly exports: KernelExports;
  private readonly paid: Paid[];

  private constructor(
    private readonly kernel: WasmKernel,
    private readonly plan: SimPlan,
    private readonly logMu: number,
    private readonly logSigma: number,
    private readonly salesAt: number,
    paid: Paid[],
    extra: number,
  ) {
    const { buffer } = kernel.exports.memory;
    const cells = plan.reps * plan.periods;
    this.exports = kernel.exports;
    this.paid = paid;
    this.sales = new Float64Array(buffer, salesAt, cells);
    const view = (at: number) => new Float64Array(buffer, at, cells);
    const own = (p: Paid, at: number) => (p.sales === salesAt ? undefined : view(at));
    this.pay = paid.map((p) => (p.payer === 'typescript' ? undefined : view(p.pay)));
    this.booked = paid.map((p) => own(p, p.sales));
    this.targets = paid.map((p) => own(p, p.target));
    this.extra = extra;
    this.memory = kernel.exports.memory;
  }

  /**
   * Lays out a block of `plan` in the kernel's memory; `booking` gives each scheme its own
   * sales and targets for a behaviour pass to fill (see `booked`), and `extraBytes` reserves
   * room for other arrays of the block (see `extra`). Null when the memory cannot grow to
   * hold it all.
   */
  static open(
    kernel: WasmKernel,
    plan: SimPlan,
    booking = false,
    extraBytes = 0,
  ): KernelBlock | null {
    const cells = plan.reps * plan.periods;
    // The draw kernel takes cells two at a time: with an odd count it also writes one cell
    // past the end of sales, and reads one past the ends of the laws, so each has room for it.
    const drawBytes = 8 * (cells + (cells & 1));
    let next = ARRAYS;
    const take = (bytes: number) => {
      const at = next;
      next += bytes;
      return at;
    };
    const logMu = take(drawBytes);
    const logSigma = take(drawBytes);
    const salesAt = take(drawBytes);
    const paid = plan.schemes.map((planned) => {
      const p = layout(planned, payerOf(planned), take, plan.reps, plan.periods, drawBytes);
      if (booking && p.payer === 'typescript') p.target = take(8 * cells);
      p.sales = booking ? take(8 * cells) : salesAt;
      return p;
    });
    const extra = take(extraBytes);
    if (!reserve(kernel, next)) return null;

    const memory = new Float64Array(kernel.exports.memory.buffer);
    memory.set(plan.logMu, logMu / 8);
    memory.set(plan.logSigma, logSigma / 8);
    plan.schemes.forEach((planned, s) => {
      const p = paid[s];
      if (p.payer === 'typescript') return;
      memory.set(planned.target, p.target / 8);
      if (planned.bossQuotas !== undefined) {
        memory.set(planned.bossQuotas.logScale, p.logScale / 8);
        memory.set(planned.bossQuotas.noise, p.noise / 8);
      }
      memory.set(planned.fixedPay, p.fixedPay / 8);
      memory.fill(0, p.sums / 8, p.sums / 8 + plan.reps);
      memory.fill(0, p.squares / 8, p.squares / 8 + plan.reps);
    });
    return new KernelBlock(kernel, plan, logMu, logSigma, salesAt, paid, extra);
  }

  /** drawLognormals into `sales`, bit for bit, from and back into `rng`'s state. */
  draw(rng: Xoshiro128): number {
    return this.drawLognormals(rng, this.logMu, this.logSigma, this.salesAt);
  }

  /** The kernel's draw loop over every cell, from and back into `rng`'s state. */
  private drawLognormals(rng: Xoshiro128, logMu: number, logSigma: number, out: number): number {
    const { state } = this.kernel;
    state[0] = rng.s0;
    state[1] = rng.s1;
    state[2] = rng.s2;
    state[3] = rng.s3;
    const total = this.exports.draw(logMu, logSigma, out, this.sales.length);
    rng.s0 = state[0];
    rng.s1 = state[1];
    rng.s2 = state[2];
    rng.s3 = state[3];
    return total;
  }

  /**
   * Pays scheme s on this trial's sales into pay[s] and its trial totals into `t`, as its
   * module's payTrial would; the per-rep sums stay in the kernel's memory until `close`.
   */
  payTrial(s: number, t: TrialTally): void {
    const p = this.paid[s];
    const { reps, periods } = this.plan;
    if (p.payer === 'truth-telling') {
      this.exports.truthTelling(
        p.target,
        p.sales,
        p.pay,
        p.sums,
        p.squares,
        reps,
        periods,
        p.alpha,
        p.beta,
        p.gamma,
        p.zeroFloor,
        p.lowest,
      );
    } else {
      this.exports.haggledQuota(
        p.target,
        p.fixedPay,
        p.sales,
        p.pay,
        p.sums,
        p.squares,
        reps,
        periods,
        p.excessRate,
      );
    }
    const tally = this.kernel.tally;
    t.pay = tally[0];
    t.ape = tally[1];
    t.bias = tally[2];
    t.positive = tally[3];
    t.targeted = tally[4];
    t.hits = tally[5];
    t.missAbs = tally[6];
    t.miss = tally[7];
    t.within = tally[8];
  }

  /**
   * Draws scheme s's quotas for a trial from `rng` (its boss stream) into the targets its kernel
   * reads, as drawLognormals and the rep's part would; false where no kernel pays it.
   */
  drawQuotas(s: number, rng: Xoshiro128): boolean {
    const p = this.paid[s];
    const law = this.plan.schemes[s].bossQuotas;
    if (p.payer === 'typescript' || law === undefined) return false;
    this.drawLognormals(rng, p.logScale, p.noise, p.target);
    const cells = this.plan.reps * this.plan.periods;
    const quotas = new Float64Array(this.exports.memory.buffer, p.target, cells);
    for (let i = 0; i < cells; i++) quotas[i] += law.repPart[i];
    return true;
  }

  /** The targets scheme s's kernel pays against, for quotas set per trial; undefined if none. */
  targetsOf(s: number): Float64Array | undefined {
    const p = this.paid[s];
    if (p.payer === 'typescript') return undefined;
    return new Float64Array(
      this.exports.memory.buffer,
      p.target,
      this.plan.reps * this.plan.periods,
    );
  }

  /** Adds the kernel-paid schemes' per-rep sums of the block to their tallies. */
  close(tallies: TrialTally[]): void {
    const memory = new Float64Array(this.exports.memory.buffer);
    const reps = this.plan.reps;
    this.paid.forEach((p, s) => {
      if (p.payer === 'typescript') return;
      tallies[s].sums.set(memory.subarray(p.sums / 8, p.sums / 8 + reps));
      tallies[s].squares.set(memory.subarray(p.squares / 8, p.squares / 8 + reps));
    });
  }
}

/** The kernels cover the uncapped truth-telling family and the haggled quota. */
function payerOf(planned: PlannedScheme): Payer {
  const kind = planned.scheme.kind;
  if (kind === 'truth-telling' && planned.cap === undefined) return 'truth-telling';
  if (kind === 'haggled-quota') return 'quota';
  return 'typescript';
}

/** The scheme's arrays, placed by `take` when a kernel pays it (at 0, unused, when not). */
function layout(
  planned: PlannedScheme,
  payer: Payer,
  take: (bytes: number) => number,
  reps: number,
  periods: number,
  drawBytes: number,
): Paid {
  const place = payer === 'typescript' ? () => 0 : take;
  const cellBytes = 8 * reps * periods;
  const scheme = planned.scheme;
  const truth = scheme.kind === 'truth-telling' ? scheme : undefined;
  // Quotas drawn each trial go through the draw loop, which needs its padding cell.
  const drawn = planned.bossQuotas !== undefined;
  const placeDrawn = drawn ? place : () => 0;
  return {
    payer,
    target: place(drawn ? drawBytes : cellBytes),
    logScale: placeDrawn(drawBytes),
    noise: placeDrawn(drawBytes),
    fixedPay: place(cellBytes),
    sales: 0,
    pay: place(cellBytes),
    sums: place(8 * reps),
    squares: place(8 * reps),
    alpha: truth?.alpha ?? 0,
    beta: truth?.beta ?? 0,
    gamma: truth?.gamma ?? 0,
    zeroFloor: truth?.floor === 'zero' ? 1 : 0,
    lowest: truth ? floorBound(truth.floor, truth.basePay) : 0,
    excessRate: scheme.kind === 'haggled-quota' ? scheme.excessRate : 0,
  };
}
