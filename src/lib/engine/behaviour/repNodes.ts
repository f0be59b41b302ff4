/**
 * A rep's belief about one period's sales in units of its expected sales: lognormal with
 * log-sd σ and mean e^b, b the rep's log-error about its level. The coarse grid serves the
 * searches, the full one the final answers; both are the engine's quadrature.
 */
import { beliefNodes, type LognormalBelief } from '../bestResponse';
import { SEARCH_NODES } from './constants';

export interface RepNodes {
  belief: LognormalBelief;
  coarse: Float64Array;
  fine: Float64Array;
}

export function repNodes(logSigma: number, shift: number): RepNodes {
  const belief = { logMu: shift - 0.5 * logSigma * logSigma, logSigma };
  return { belief, coarse: beliefNodes(belief, SEARCH_NODES), fine: beliefNodes(belief) };
}
