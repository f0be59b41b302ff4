import type { RepModel } from '../engine';
import type { Session } from './session.svelte';

/** The reps a screen runs on, and whether they are the scenario file's own. */
export interface RepsInUse {
  reps: RepModel[];
  /** True for the reps a scenario lists itself (Session.onScenarioReps), not the history's. */
  fromScenario: boolean;
}

/**
 * The reps Train and Behaviour run on: Session.reps, which the comparison and Tune run on too,
 * so the scenario notice's switch moves every screen between the scenario's reps and the
 * loaded history (which stays loaded all along).
 */
export function repsInUse(session: Pick<Session, 'reps' | 'scenarioReps'>): RepsInUse {
  const reps = session.reps ?? [];
  return { reps, fromScenario: reps.length > 0 && reps === session.scenarioReps };
}
