import { session } from '$lib/state/session.svelte';
import { tuning } from '$lib/state/tuning.svelte';
import { parameterLimit } from './parameterFormat';
import { sweptOnOtherSettings } from './sweptSettings';

/**
 * Why the curves and answer on show are no longer the form's own sweep, or null when they are:
 * they were swept on other data than that in use (an import, the scenario notice's switch),
 * even while a sweep on it goes; Compare's settings (seed, trials, floor, base pay, haggling)
 * have changed what it ran on; the latest sweep was cancelled; or the form has since been
 * changed to one that cannot run (its status then asks for a correction, and an unmarked answer
 * would read as the new range's).
 */
export function previousSweep(): 'otherData' | 'otherSettings' | 'cancelled' | 'refused' | null {
  const result = tuning.result;
  if (result === null) return null;
  if (session.reps !== null && result.reps !== session.reps) return 'otherData';
  const current = session.schemes.find((s) => s.id === result.base.id);
  if (sweptOnOtherSettings(result, current, session.settings)) return 'otherSettings';
  if (tuning.state === 'running') return null;
  if (tuning.check(session.schemes, parameterLimit(tuning.parameter))) return 'refused';
  return tuning.state === 'cancelled' ? 'cancelled' : null;
}
