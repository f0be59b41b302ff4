import { session } from '$lib/state/session.svelte';
import { tuning } from '$lib/state/tuning.svelte';
import { parameterLimit } from './parameterFormat';

/**
 * Why the curves and answer on show are no longer the form's own sweep, or null when they are:
 * the latest sweep was cancelled, or the form has since been changed to one that cannot run
 * (its status then asks for a correction, and an unmarked answer would read as the new range's).
 */
export function previousSweep(): 'cancelled' | 'refused' | null {
  if (tuning.result === null || tuning.state === 'running') return null;
  if (tuning.check(session.schemes, parameterLimit(tuning.parameter))) return 'refused';
  return tuning.state === 'cancelled' ? 'cancelled' : null;
}
