import type { LognormalBelief } from '../bestResponse';
import { expm1, log, log1p } from '../portableMath';

/**
 * A lognormal belief about the sum of independent lognormal periods of means `means` and a
 * common log-sd `sigma`, by matching the sum's mean and variance (Fenton 1960; Wilkinson's
 * moment match): M = Σmᵢ, V = Σmᵢ²(e^{σ²} − 1), σ² = ln(1 + V/M²), μ = ln M − σ²/2. A rep's
 * quarter is the sum of its three months.
 */
export function sumBelief(means: number[], sigma: number): LognormalBelief {
  const total = means.reduce((a, m) => a + m, 0);
  if (!(total > 0)) throw new RangeError(`a belief needs expected sales above 0, saw ${total}`);
  const variance = means.reduce((a, m) => a + m * m, 0) * expm1(sigma * sigma);
  const logSigma = Math.sqrt(log1p(variance / (total * total)));
  return { logMu: log(total) - (logSigma * logSigma) / 2, logSigma };
}
