/**
 * One trial's totals for one scheme: its pay and how close the targets came to the sales.
 * payTrial kernels fill it in the same pass as they pay; tallyCells does it after
 * payRep for the kinds with memory. Both add and count in the same order, so either path
 * gives the same bits.
 */
import type { PlannedScheme } from '../types';

export interface TrialTally {
  /** Cells per rep. */
  readonly periods: number;
  /** Per-rep sums of pay and of its square over the block's trials; each trial adds its own. */
  readonly sums: Float64Array;
  readonly squares: Float64Array;
  /** This trial's total pay. */
  pay: number;
  /**
   * Σ|y − x|/y and Σ(x − y)/y over the cells with a target and sales; how many those are, and
   * how many of them have a target within ±10% of the sales.
   */
  ape: number;
  bias: number;
  positive: number;
  within: number;
  /** Cells with a target (not NaN), and those with sales at or above it. */
  targeted: number;
  hits: number;
  /** Σ|x − y| and Σ(x − y) over the cells with a target, in money (sales of 0 included). */
  missAbs: number;
  miss: number;
}

/** A target counts as accurate within this share of the sales, |x − y|/y ≤ 10%. */
export const WITHIN = 0.1;

/**
 * Sales reach a target x when y ≥ x·MET, short of it by rounding at most: a rep whose sales
 * never vary reports them as the target, and the draw (a fast exp, within 1.5 ulp) and the
 * target reach that number by different exps. 2^-40 of the target is far above their few ulp
 * and far below any real shortfall. The hit count and every met-or-missed rule of the letters
 * use it, so a steady rep on target is neither counted short nor paid as one.
 * wasm/kernelPay.wat writes it 0x1.fffffffffep-1, the same double.
 */
export const MET = 1 - 2 ** -40;

export function emptyTally(reps: number, periods: number): TrialTally {
  const sums = new Float64Array(reps);
  const squares = new Float64Array(reps);
  const zero = { pay: 0, ape: 0, bias: 0, positive: 0, within: 0, targeted: 0, hits: 0 };
  return { periods, sums, squares, ...zero, missAbs: 0, miss: 0 };
}

/**
 * Tallies a trial already paid into `pay`. The hit count adds a 0/1 instead of branching
 * (sales land either side of a median target at random), and |y − x|/y is taken as
 * |(x − y)/y|, the same bits for y > 0 with one division.
 */
export function tallyCells(
  planned: PlannedScheme,
  sales: Float64Array,
  pay: Float64Array,
  t: TrialTally,
): void {
  const { target } = planned;
  const { sums, squares, periods } = t;
  let payTotal = 0;
  let ape = 0;
  let bias = 0;
  let positive = 0;
  let within = 0;
  let targeted = 0;
  let hits = 0;
  let missAbs = 0;
  let miss = 0;

  setTally(t, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  for (let r = 0, i = 0; r < sums.length; r++) {
    let repPay = 0;
    for (const end = i + periods; i < end; i++) {
      const y = sales[i];
      const x = target[i];
      repPay += pay[i];
      if (Number.isNaN(x)) continue;
      targeted++;
      hits += +(y >= x * MET);
      missAbs += Math.abs(x - y);
      miss += x - y;
      if (y > 0) {
        const gap = (x - y) / y;
        ape += Math.abs(gap);
        bias += gap;
        positive++;
        within += +(Math.abs(gap) <= WITHIN);
      }
    }
    payTotal += repPay;
    sums[r] += repPay;
    squares[r] += repPay * repPay;
    setTally(t, payTotal, ape, bias, positive, within, targeted, hits, missAbs, miss);
  }
}

/**
 * Sets a trial's totals. The loops call it at the end of every rep with the running totals,
 * not once after the loop: V8 compiles a long loop while its first call is still in it
 * (on-stack replacement), before the code after the loop has ever run, and a call there,
 * compiled without type feedback, deoptimised the kernels about 190 times in one RW1 run.
 */
export function setTally(
  t: TrialTally,
  pay: number,
  ape: number,
  bias: number,
  positive: number,
  within: number,
  targeted: number,
  hits: number,
  missAbs: number,
  miss: number,
): void {
  t.pay = pay;
  t.ape = ape;
  t.bias = bias;
  t.positive = positive;
  t.within = within;
  t.targeted = targeted;
  t.hits = hits;
  t.missAbs = missAbs;
  t.miss = miss;
}
