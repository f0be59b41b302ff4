import type { Scenario } from '../engine';
import { DEFAULT_BEHAVIOUR } from '../engine/behaviour/constants';
import type { BehaviourSettings } from '../engine/behaviour/types';

/** The behaviour screen's settings a scenario brings: its own section, else the defaults. */
export function behaviourFrom(scenario: Scenario | null): BehaviourSettings {
  return structuredClone(scenario?.behaviour ?? DEFAULT_BEHAVIOUR);
}

/**
 * The behaviour panel's settings for a scenario file: left out only when the scenario had no
 * such section and the panel still holds the defaults, so a file without one stays without one.
 */
export function behaviourToWrite(
  scenario: Scenario,
  panel: BehaviourSettings,
): BehaviourSettings | undefined {
  const untouched = JSON.stringify(panel) === JSON.stringify(DEFAULT_BEHAVIOUR);
  return scenario.behaviour === undefined && untouched ? undefined : panel;
}
