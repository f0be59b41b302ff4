import type { ImportMessage } from '../data/importMessages';
import type { CalibrationResult, ImportSummary } from '../data';
import type { BlockResult, RepModel, SimPlan } from '../engine';

/** The history the comparison runs on; `source` is the file name, or null for the sample. */
export interface Dataset {
  source: string | null;
  result: CalibrationResult;
  /** True when the file's amounts were in a unit its headers named (万元), now plain units. */
  scaled?: boolean;
}

export type ImportOutcome =
  | { status: 'loaded'; summary: ImportSummary; thinReps: string[] }
  | { status: 'failed'; errors: ImportMessage[] }
  | { status: 'stale' }
  | { status: 'cancelled' };

/** The blocks of the latest run, kept for figures and baselines the summary does not carry. */
export interface RunDetail {
  plan: SimPlan;
  blocks: BlockResult[];
  reps: RepModel[];
}

/**
 * Something the user should know about the scenario in use, which is not a failure;
 * 'scenarioReps': it lists its own reps, which the notice offers to run on (or off).
 */
export type Notice = { key: 'notice.needsFile'; file: string } | { key: 'scenarioReps' };

/** Data to name in a header: a history (file name, or null for the sample) or a scenario's reps. */
export type DataName =
  { kind: 'history'; source: string | null } | { kind: 'scenarioReps'; count: number };
