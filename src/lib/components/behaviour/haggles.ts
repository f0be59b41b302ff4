// Relative imports: the command line marks the same figures missing by this rule.
import type { SchemeBehaviourSummary } from '../../engine/behaviour/types';

/**
 * True when the scheme's quotas were haggled over: some rep took an opening stance (the stance
 * is NaN where there was no haggling). Only then does it have an opening gap and a haggling
 * cost; elsewhere those figures do not exist and read '–', not 0.
 */
export function haggles(s: Pick<SchemeBehaviourSummary, 'stance'>): boolean {
  return s.stance.some((d) => Number.isFinite(d));
}
