import type { LognormalBelief } from '../bestResponse';
import { standardNormal } from '../normal';
import { namedStream } from '../random';
import { TRAINING_STREAM } from './constants';
import { exp } from '../portableMath';

/**
 * Sales of quarters first..first+count−1 of a rep's training game, drawn from its belief. Each
 * quarter has its own stream of the seed, so quarter k is the same whether it is drawn alone
 * or with the others, and a replay with the same seed sees the same quarters.
 */
export function trainingQuarters(
  seed: number,
  belief: LognormalBelief,
  first: number,
  count: number,
): number[] {
  return Array.from({ length: count }, (_, k) => {
    const z = standardNormal(namedStream(seed, TRAINING_STREAM, first + k));
    return exp(belief.logMu + belief.logSigma * z);
  });
}
