import type { RepModel } from '../engine';
import { currency, type Currency } from '../i18n/i18n.svelte';

/**
 * The unit a screen's own results (a sweep, a behaviour run) read in: those of the reps in use
 * in the unit of the data in use, which the user may have picked since; those of other reps
 * (run before an import or the scenario notice's switch) in the unit their data were counted in
 * when they ran. Null without results.
 */
export function screenResultsUnit(
  result: { reps: RepModel[]; unit: Currency } | null,
  repsInUse: RepModel[] | null,
): Currency | null {
  if (result === null) return null;
  return result.reps === repsInUse ? currency() : result.unit;
}
