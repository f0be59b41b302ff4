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

/** A rep's nodes by its log-sd and belief shift; nobody writes into them. */
export type NodesOf = (logSigma: number, shift: number) => RepNodes;

/** Beliefs kept at most: reps share few of them unless their beliefs err, then none. */
const KEPT = 64;

/**
 * repNodes, kept for the next reps and schemes that hold the same belief: reps of one
 * volatility share it (when beliefs do not err), and every scheme plans every rep. Making
 * them anew for each took about a fifth of what behaviour adds to planning on a company of
 * 1,000 reps of 7 volatilities. Beyond KEPT beliefs the oldest is dropped, so reps whose
 * beliefs all differ hold little memory.
 */
export function keptNodes(): NodesOf {
  const kept = new Map<string, RepNodes>();
  return (logSigma, shift) => {
    const key = `${logSigma} ${shift}`;
    let nodes = kept.get(key);
    if (nodes === undefined) {
      nodes = repNodes(logSigma, shift);
      if (kept.size === KEPT) kept.delete(kept.keys().next().value as string);
      kept.set(key, nodes);
    }
    return nodes;
  };
}
