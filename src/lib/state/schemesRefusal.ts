import type { RepModel, Scheme } from '../engine';
import { checkSchemes } from '../engine/scenario';
import type { Problem } from '../engine/schemes/schema/problem';
import type { MessageKey } from '../i18n/en';

/** Why schemes cannot run on some reps, as a message key and the problems it lists. */
export interface SchemesRefusal {
  key: MessageKey;
  problems: Problem[];
}

/**
 * What a user can cause, refused in words before a worker throws in the engine's: no rep to
 * simulate, a scheme that breaks its own rules (the editor marks those, but a link or the
 * settings panel may bring one), per-period values that do not fit the reps' periods (which a
 * scenario file or link cannot know). The comparison and Behaviour both ask it; null: runs.
 */
export function schemesRefusal(schemes: Scheme[], reps: RepModel[]): SchemesRefusal | null {
  if (reps.length === 0) return { key: 'run.error.noReps', problems: [] };
  const broken = checkSchemes(schemes).problems;
  if (broken.length > 0) return { key: 'run.error.schemesRefused', problems: broken };
  const unfit = checkSchemes(schemes, reps[0].mean.length).problems;
  if (unfit.length > 0) return { key: 'run.error.schemesDoNotFit', problems: unfit };
  return null;
}
