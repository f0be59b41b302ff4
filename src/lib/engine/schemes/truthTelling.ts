/**
 * The essay's self-set target rule and its family (Weitzman 1976, "The New Soviet Incentive
 * Model"; domain.md §1): Z = βX + α(Y − X) if Y ≥ X, else βX − γ(X − Y), with 0 ≤ α < β < γ.
 * The essay is α = 0, β = t, γ = 2t, i.e. Z = t·min(X, 2Y − X); written with max() it needs
 * no division by Y, so Y = 0 pays βX − γX like any other shortfall.
 */
import type { FloorPolicy, PlannedScheme, TruthTellingScheme } from '../types';
import { MET, setTally, WITHIN, tallyCells, type TrialTally } from './cellByCellTally';
import { positivePart } from './payout';

/** Pay for target x and sales y, capped, then floored by the policy. Allocation-free. */
export function truthTellingPay(
  scheme: TruthTellingScheme,
  x: number,
  y: number,
  cap = Infinity,
): number {
  const raw =
    scheme.beta * x + scheme.alpha * Math.max(0, y - x) - scheme.gamma * Math.max(0, x - y);
  return Math.max(Math.min(raw, cap), floorBound(scheme.floor, scheme.basePay));
}

/**
 * truthTellingPay over every cell of a trial, bit for bit the same, tallied in the same pass
 * as tallyCells does. The common floor at 0 and the two shortfall terms are branch-free
 * (payout.ts); the deduct policy keeps Math.max, whose branch then goes the same way on almost
 * every cell. A cap, rare, goes cell by cell and then through tallyCells: testing for it in the
 * loop, or even dispatching on it in the loop's own function, made V8's code for the loop about
 * a sixth slower on the benchmark's workload (RW1). wasm/kernel.wat repeats the uncapped loop
 * step for step and runs it instead where WebAssembly compiles; change both together.
 */
export function truthTellingTrial(
  planned: PlannedScheme,
  sales: Float64Array,
  out: Float64Array,
  t: TrialTally,
): void {
  if (planned.cap === undefined) uncappedTrial(planned, sales, out, t);
  else cappedTrial(planned, planned.cap, sales, out, t);
}

// Copies owned by this module, for the loop below: V8 folds a module's own constants into the
// code, while it reads an imported function through its module cell at every call.
const plus = positivePart;
const tally = setTally;
const near = WITHIN;
const met = MET;

function uncappedTrial(
  planned: PlannedScheme,
  sales: Float64Array,
  out: Float64Array,
  t: TrialTally,
): void {
  const scheme = planned.scheme as TruthTellingScheme;
  const { target } = planned;
  const { alpha, beta, gamma } = scheme;
  const zeroFloor = scheme.floor === 'zero';
  const lowest = floorBound(scheme.floor, scheme.basePay);
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
      const x = target[i];
      const y = sales[i];
      const raw = beta * x + alpha * plus(y - x) - gamma * plus(x - y);
      const pay = zeroFloor ? plus(raw) : Math.max(raw, lowest);
      out[i] = pay;
      repPay += pay;

      // A missing target (NaN) counts nowhere: it is no hit, and it fails x === x.
      targeted += +(x === x);
      hits += +(y >= x * met);
      if (x === x) {
        missAbs += Math.abs(x - y);
        miss += x - y;
      }
      if (y > 0 && x === x) {
        const gap = (x - y) / y;
        ape += Math.abs(gap);
        bias += gap;
        positive++;
        within += +(Math.abs(gap) <= near);
      }
    }
    payTotal += repPay;
    sums[r] += repPay;
    squares[r] += repPay * repPay;
    tally(t, payTotal, ape, bias, positive, within, targeted, hits, missAbs, miss);
  }
}

function cappedTrial(
  planned: PlannedScheme,
  cap: Float64Array,
  sales: Float64Array,
  out: Float64Array,
  t: TrialTally,
): void {
  const scheme = planned.scheme as TruthTellingScheme;
  const { target } = planned;
  for (let i = 0; i < out.length; i++) {
    out[i] = truthTellingPay(scheme, target[i], sales[i], cap[i]);
  }
  tallyCells(planned, sales, out, t);
}

/** Lowest pay a policy allows: none → −∞, zero → 0, deduct → −basePay (base pay is eaten). */
export function floorBound(floor: FloorPolicy, basePay: number): number {
  return floor === 'none' ? -Infinity : floor === 'zero' ? 0 : -basePay;
}

/**
 * The quantile of the rep's belief that a risk-neutral rep reports when no floor binds:
 * F(X*) = (β − α)/(γ − α), a newsvendor critical fractile (1/2, the median, for the essay).
 * A rule whose pay ignores the target (α = β = γ) gives 1/2: the rep then has no reason to lie.
 */
export function criticalFractile(scheme: TruthTellingScheme): number {
  assertTruthTelling(scheme);
  if (scheme.gamma === scheme.alpha) return 0.5;
  return (scheme.beta - scheme.alpha) / (scheme.gamma - scheme.alpha);
}

/** Throws unless 0 ≤ α < β < γ (Weitzman's family) or α = β = γ ≥ 0 (pay ignores the target). */
export function assertTruthTelling(scheme: TruthTellingScheme): void {
  const { alpha, beta, gamma, basePay } = scheme;
  const family = alpha >= 0 && alpha < beta && beta < gamma && Number.isFinite(gamma);
  const flat = alpha >= 0 && alpha === beta && beta === gamma && Number.isFinite(gamma);
  if (!(family || flat) || !(basePay >= 0)) {
    throw new RangeError(
      `scheme ${scheme.id}: need 0 ≤ alpha < beta < gamma and basePay ≥ 0, ` +
        `saw alpha ${alpha}, beta ${beta}, gamma ${gamma}, basePay ${basePay}`,
    );
  }
}
