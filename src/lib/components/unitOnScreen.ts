import { resultsCurrency, type Currency } from '$lib/i18n/i18n.svelte';
import { screenResultsUnit } from '$lib/state/screenResultsUnit';
import { session } from '$lib/state/session.svelte';
import { tuning } from '$lib/state/tuning.svelte';
import { behaviourRun } from './behaviour/screenRun';

/**
 * The unit money reads in on the screen of route `route`: that of the results it shows
 * (Compare's comparison, Tune's sweep, Behaviour's run), which may be of other data than those
 * in use; null for a screen without results of its own, whose money is the data's.
 */
export function unitOnScreen(route: string | null): Currency | null {
  switch (route) {
    case '/':
      return resultsCurrency();
    case '/tune':
      return screenResultsUnit(tuning.result, session.reps);
    case '/behaviour':
      return screenResultsUnit(behaviourRun.result, session.reps);
    default:
      return null;
  }
}
