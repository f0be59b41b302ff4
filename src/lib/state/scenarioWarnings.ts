import type { Problem, ProblemCode } from '../engine/schemes/schema/problem';

// The engine's advice on a truth-telling scheme's rates: the Schemes screen words it as advice
// next to the scheme, for the built-in scenario as for any other.
const adviceCodes: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'noRewardAboveTarget',
  'ratesOutOfOrder',
  'floorMovesTarget',
  'floorMovesTargetMedian',
]);

/**
 * The warnings about an opened scenario that the page puts above everything: what its file
 * says that does not add up (a stated total, a falling bonus grid). Advice on a scheme's rates
 * is left out: the essay's own rule has α = 0 by design, and the same scenario must open the
 * same way from a link or a file as it does by default.
 */
export function bannerWarnings(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => !adviceCodes.has(p.code));
}
