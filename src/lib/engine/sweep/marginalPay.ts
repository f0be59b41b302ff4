import type { LognormalBelief } from '../bestResponse';
import { normalCdf } from '../normalCdf';
import { floorBound } from '../schemes/truthTelling';
import type { TruthTellingScheme } from '../types';
import { log } from '../portableMath';

/**
 * What one more unit of sales is worth in expectation at target x (domain.md §1, "Effort"):
 * d E[Z] / dδ for sales Y + δ is α·P(Y > x) + γ·P(y₀ < Y < x), where y₀ is the sales at
 * which a shortfall's pay reaches the floor (βx − γ(x − y₀) = floor; x/2 for the essay's rule
 * with the floor at 0, none without a floor). For the essay at the median it is t.
 */
export function marginalPay(
  scheme: TruthTellingScheme,
  belief: LognormalBelief,
  x: number,
): number {
  const F = (y: number) => (y <= 0 ? 0 : normalCdf((log(y) - belief.logMu) / belief.logSigma));
  const bound = floorBound(scheme.floor, scheme.basePay);
  const y0 = x - (scheme.beta * x - bound) / scheme.gamma;
  const below = F(x) - (Number.isFinite(y0) ? F(y0) : 0);
  return scheme.alpha * (1 - F(x)) + scheme.gamma * below;
}
