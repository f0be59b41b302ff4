import type { BehaviourSettings } from '../engine/behaviour/types';
import type { Amount, FloorPolicy, Scenario, Scheme, TruthTellingScheme } from '../engine/types';

/** The essay's rule as a file writes it: the shorthand for α = 0, β = rate, γ = 2·rate. */
export interface SelfSetEntry {
  kind: 'self-set';
  id: string;
  label?: string;
  rate: number;
  floor: FloorPolicy;
  basePay: number;
  cap?: Amount;
}

/** A scheme entry of a file: the engine's own shape, or the self-set shorthand. */
export type FileScheme = Scheme | SelfSetEntry;

/** What a scenario file holds, in the shape parseScenario reads (scenarios/*.json). */
export interface ScenarioFile {
  name: string;
  description?: string;
  seed: number;
  trials: number;
  data: { source: 'sample' } | { source: 'file'; path: string };
  schemes: FileScheme[];
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
 * (kind, id, label and every parameter), so a file written here reads back to the same schemes;
 * a truth-telling scheme that is the essay's rule is written as the 'self-set' shorthand, as
 * the built-in scenario and the essay name it.
 */
export function scenarioFile(input: ScenarioFileInput): ScenarioFile {
  const file: ScenarioFile = {
    name: input.name,
    seed: input.seed,
    trials: input.trials,
    data:
      input.dataSource === null ? { source: 'sample' } : { source: 'file', path: input.dataSource },
    schemes: input.schemes.map((s) => asWritten(structuredClone(s))),
    baseline: input.baseline,
  };
  if (input.description !== undefined) file.description = input.description;
  if (input.behaviour !== undefined) file.behaviour = structuredClone(input.behaviour);
  return file;
}

function asWritten(scheme: Scheme): FileScheme {
  return scheme.kind === 'truth-telling' && isSelfSet(scheme) ? selfSetEntry(scheme) : scheme;
}

function isSelfSet(s: TruthTellingScheme): boolean {
  return s.alpha === 0 && s.gamma === 2 * s.beta;
}

function selfSetEntry(s: TruthTellingScheme): SelfSetEntry {
  const entry: SelfSetEntry = {
    kind: 'self-set',
    id: s.id,
    rate: s.beta,
    floor: s.floor,
    basePay: s.basePay,
  };
  // A label the same as the id is what reading the entry gives anyway.
  if (s.label !== s.id) entry.label = s.label;
  if (s.cap !== undefined) entry.cap = s.cap;
  return entry;
}

/**
 * Whether the run is on the data the scenario names: the sample (`dataSource` null) or its
 * file. A scenario's own reps never are, as its file is then written naming the history.
 */
export function sameData(data: Scenario['data'], dataSource: string | null): boolean {
  if (data.source === 'sample') return dataSource === null;
  return data.source === 'file' && data.path === dataSource;
}
