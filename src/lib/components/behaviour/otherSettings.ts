import type { CompanySettings } from '$lib/engine/behaviour/types';
import type { Scheme } from '$lib/engine/types';

/** What a behaviour run took from Compare's settings. */
export interface RunInputs {
  schemes: Scheme[];
  seed: number;
  trials: number;
  /** The margin and forecast costs: Compare's economics, which either screen may change. */
  company: CompanySettings;
}

/**
 * True when a result was run on other schemes (a rate, a floor, a haggling setting changed on
 * Compare), another seed, another number of trials or other economics than the settings give
 * now, so that the screen marks it as the earlier settings' until it is run again.
 */
export function otherSettings(ran: RunInputs, now: RunInputs): boolean {
  return (
    ran.seed !== now.seed ||
    ran.trials !== now.trials ||
    ran.company.margin !== now.company.margin ||
    ran.company.overCost !== now.company.overCost ||
    ran.company.underCost !== now.company.underCost ||
    JSON.stringify(ran.schemes) !== JSON.stringify(now.schemes)
  );
}
