/**
 * What a rep can expect from each target X under a truth-telling scheme, given a lognormal
 * belief about sales: E[Z](X) by the engine's quadrature over the belief, the best target by
 * the engine's own solver, and how much a target away from it costs (domain.md §1).
 */
import { bestTarget, beliefNodes, expectedPay, type LognormalBelief } from '../bestResponse';
import { normalQuantile } from '../normalQuantile';
import { criticalFractile, truthTellingPay } from '../schemes/truthTelling';
import type { TruthTellingScheme } from '../types';
import { PAYOFF_CURVE_POINTS } from './constants';
import { exp } from '../portableMath';

export interface PayoffCurve {
  /** Targets from the belief's 1st to 99th percentile (or the range asked for). */
  targets: number[];
  expected: number[];
  best: { target: number; expected: number };
  /** The quantile of the belief a risk-neutral rep reports when no floor binds. */
  fractile: number;
  /** The belief's median, which the essay's rule makes the best report without a floor. */
  median: number;
}

export function payoffCurve(
  scheme: TruthTellingScheme,
  belief: LognormalBelief,
  range?: { from: number; to: number; points?: number },
): PayoffCurve {
  const nodes = beliefNodes(belief);
  const quantile = (p: number) => exp(belief.logMu + belief.logSigma * normalQuantile(p));
  const from = range?.from ?? quantile(0.01);
  const to = range?.to ?? quantile(0.99);
  const points = range?.points ?? PAYOFF_CURVE_POINTS;
  const pay = (x: number, y: number) => truthTellingPay(scheme, x, y);
  const at = (x: number) => expectedPay(pay, x, nodes);

  const targets = Array.from({ length: points }, (_, k) =>
    points === 1 ? from : from + ((to - from) * k) / (points - 1),
  );
  const best = bestTarget(scheme, belief);
  return {
    targets,
    expected: targets.map(at),
    best: { target: best, expected: at(best) },
    fractile: criticalFractile(scheme),
    median: exp(belief.logMu),
  };
}

/**
 * E[Z](best) − E[Z](x) ≥ 0: what reporting x instead of the best target costs on average;
 * sandbagging when x is below the best target, overreaching when above.
 */
export function targetCost(
  scheme: TruthTellingScheme,
  belief: LognormalBelief,
  curve: PayoffCurve,
  target: number,
): number {
  const nodes = beliefNodes(belief);
  const expected = expectedPay((x, y) => truthTellingPay(scheme, x, y), target, nodes);
  return Math.max(0, curve.best.expected - expected);
}
