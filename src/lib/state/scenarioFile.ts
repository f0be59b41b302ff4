import type { BehaviourSettings } from '../engine/behaviour/types';
import type { Scheme } from '../engine/types';

/** What a scenario file holds, in the shape parseScenario reads (scenarios/*.json). */
export interface ScenarioFile {
  name: string;
  description?: string;
  seed: number;
  trials: number;
  data: { source: 'sample' } | { source: 'file'; path: string };
  schemes: Scheme[];
  baseline: string;
  behaviour?: BehaviourSettings;
}

export interface ScenarioFileInput {
  name: string;
  description?: string;
  seed: number;
  trials: number;
  /** File name of the imported history, or null for the built-in sample. */
  dataSource: string | null;
  /** The schemes as they run, settings applied. */
  schemes: Scheme[];
  baseline: string;
  behaviour?: BehaviourSettings;
}

/**
 * The scenario file of a run. The engine's scheme shapes are the file's own scheme entries
 * (kind, id, label and every parameter), so a file written here reads back to the same schemes.
 */
export function scenarioFile(input: ScenarioFileInput): ScenarioFile {
  const file: ScenarioFile = {
    name: input.name,
    seed: input.seed,
    trials: input.trials,
    data:
      input.dataSource === null ? { source: 'sample' } : { source: 'file', path: input.dataSource },
    schemes: input.schemes.map((s) => structuredClone(s)),
    baseline: input.baseline,
  };
  if (input.description !== undefined) file.description = input.description;
  if (input.behaviour !== undefined) file.behaviour = structuredClone(input.behaviour);
  return file;
}
