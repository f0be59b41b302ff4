import type { Scheme } from '$lib/engine/types';

/** What a behaviour run took from Compare's settings. */
export interface RunInputs {
  schemes: Scheme[];
  seed: number;
  trials: number;
}

/**
 * True when a result was run on other schemes (a rate, a floor, a haggling setting changed on
 * Compare), another seed or another number of trials than Compare's settings give now, so that
 * the screen marks it as the earlier settings' until it is run again.
 */
export function otherSettings(ran: RunInputs, now: RunInputs): boolean {
  return (
    ran.seed !== now.seed ||
    ran.trials !== now.trials ||
    JSON.stringify(ran.schemes) !== JSON.stringify(now.schemes)
  );
}
