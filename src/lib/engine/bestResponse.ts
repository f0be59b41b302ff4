/**
 * The one best-response solver of the engine: the target a risk-neutral rep reports is the X
 * that maximises expected pay under its belief, for any pay rule. Expectations are averages
 * over a fixed midpoint-quantile grid of the belief (deterministic quadrature, no random
 * draws), maximised by a coarse scan over the grid's own nodes, then a golden-section search
 * in the bracket around the best node. Closed forms serve only as fast paths that the tests
 * compare with this solver.
 */
import { BELIEF_NODES, SOLVER_SCAN_POINTS, SOLVER_TOLERANCE } from './constants';
import { normalQuantile } from './normalQuantile';
import { criticalFractile, truthTellingPay } from './schemes/truthTelling';
import type { TruthTellingScheme } from './types';
import { exp } from './portableMath';

/** Pay for a target and an actual sales figure. */
export type PayRule = (target: number, sales: number) => number;

/** A lognormal belief about sales: log Y ~ N(logMu, logSigma²). */
export interface LognormalBelief {
  logMu: number;
  logSigma: number;
}

const INV_PHI = (Math.sqrt(5) - 1) / 2;
const standardGrids = new Map<number, Float64Array>();

/** z_k = Φ⁻¹((k + ½)/n), computed once per n; with n odd the middle node is exactly 0. */
function standardNodes(n: number): Float64Array {
  let grid = standardGrids.get(n);
  if (grid === undefined) {
    grid = new Float64Array(n);
    for (let k = 0; k < n; k++) grid[k] = normalQuantile((k + 0.5) / n);
    standardGrids.set(n, grid);
  }
  return grid;
}

/**
 * Equally weighted quadrature nodes of a lognormal belief, ascending. Fewer nodes than the
 * default serve searches that only need a smooth value (the behaviour layer's effort search).
 */
export function beliefNodes(belief: LognormalBelief, count = BELIEF_NODES): Float64Array {
  if (!(Number.isInteger(count) && count >= 1)) throw new RangeError(`bad node count ${count}`);
  const z = standardNodes(count);
  const nodes = new Float64Array(z.length);
  for (let k = 0; k < z.length; k++) nodes[k] = exp(belief.logMu + belief.logSigma * z[k]);
  return nodes;
}

/** Mean pay over equally weighted nodes. */
export function expectedPay(pay: PayRule, target: number, nodes: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < nodes.length; k++) sum += pay(target, nodes[k]);
  return sum / nodes.length;
}

/**
 * The target in [min node, max node] that maximises mean pay over ascending `nodes`, for any
 * rule whose expected pay is unimodal in the target. Ties in the scan go to the lower target.
 */
export function maximizeExpectedPay(pay: PayRule, nodes: Float64Array): number {
  const n = nodes.length;
  if (n === 0) throw new RangeError('maximizeExpectedPay needs at least one node');
  if (!(nodes[n - 1] > nodes[0])) return nodes[0];

  const scan = Math.min(SOLVER_SCAN_POINTS, n);
  const candidate = (j: number) => nodes[Math.round((j * (n - 1)) / (scan - 1))];
  let bestJ = 0;
  let bestValue = -Infinity;
  for (let j = 0; j < scan; j++) {
    const value = expectedPay(pay, candidate(j), nodes);
    if (value > bestValue) {
      bestValue = value;
      bestJ = j;
    }
  }

  const a = candidate(Math.max(0, bestJ - 1));
  const b = candidate(Math.min(scan - 1, bestJ + 1));
  const scale = nodes[n - 1] - nodes[0];
  const refined = goldenSection((x) => expectedPay(pay, x, nodes), a, b, scale);
  return expectedPay(pay, refined, nodes) >= bestValue ? refined : candidate(bestJ);
}

/**
 * Maximiser of a unimodal f on [a, b], to `tolerance` (SOLVER_TOLERANCE by default) of the
 * larger of |a|, |b| and the belief's range (without the range, a bracket [0, b] would shrink
 * towards 0 for ever). Exported for the behaviour layer's searches over effort and stance.
 */
export function goldenSection(
  f: (x: number) => number,
  a: number,
  b: number,
  scale: number,
  tolerance = SOLVER_TOLERANCE,
): number {
  let c = b - INV_PHI * (b - a);
  let d = a + INV_PHI * (b - a);
  let fc = f(c);
  let fd = f(d);
  while (b - a > tolerance * Math.max(Math.abs(a), Math.abs(b), scale)) {
    if (fc >= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - INV_PHI * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + INV_PHI * (b - a);
      fd = f(d);
    }
  }
  return (a + b) / 2;
}

/** The target that maximises expected pay under a lognormal belief, for any pay rule. */
export function bestResponse(pay: PayRule, belief: LognormalBelief): number {
  return maximizeExpectedPay(pay, beliefNodes(belief));
}

/**
 * The option (0…count − 1) with the highest expected pay summed over several beliefs (a
 * contract chosen once for many periods); ties go to the lower index.
 */
export function bestChoice(
  count: number,
  pay: (option: number, sales: number) => number,
  beliefs: LognormalBelief[],
): number {
  const nodes = beliefs.map((belief) => beliefNodes(belief));
  let best = 0;
  let bestValue = -Infinity;
  for (let option = 0; option < count; option++) {
    let value = 0;
    for (const n of nodes) value += expectedPay((_, y) => pay(option, y), 0, n);
    if (value > bestValue) {
      bestValue = value;
      best = option;
    }
  }
  return best;
}

/**
 * The target a rep with a lognormal belief reports under a truth-telling scheme. Without a
 * floor or a cap it is the belief's critical-fractile quantile, exp(logMu + logSigma·Φ⁻¹(p));
 * a floor makes a shortfall cheaper, which moves the optimum up, and a cap flattens the top,
 * so the solver handles those cases.
 */
export function bestTarget(
  scheme: TruthTellingScheme,
  belief: LognormalBelief,
  cap = Infinity,
): number {
  const p = criticalFractile(scheme);
  const free = scheme.floor === 'none' && cap === Infinity;
  if (free || scheme.gamma === scheme.alpha || belief.logSigma === 0) {
    return exp(belief.logMu + belief.logSigma * normalQuantile(p));
  }
  return bestResponse((x, y) => truthTellingPay(scheme, x, y, cap), belief);
}
