import { flattenError } from './flattenError';
import type { RunErrorCode, RunErrorParams } from './runError';

/** A failure as the page shows it: a code to translate, and the original text as detail. */
export interface CodedError {
  code: RunErrorCode;
  detail: string;
  params: RunErrorParams;
}

/** Which part of the pipeline failed: it decides the code of an error that carries none. */
export type FailedStep = 'database' | 'data' | 'simulation' | 'other';

const fallback: Record<FailedStep, RunErrorCode> = {
  database: 'dbStart',
  data: 'dbQuery',
  simulation: 'workerThrew',
  other: 'unknown',
};

/**
 * The code of anything thrown. A RunError keeps its own; anything else is coded by where it
 * was thrown: DuckDB's errors carry no code of ours, and a worker's own exception crosses
 * comlink as a plain Error.
 */
export function codeOf(thrown: unknown, step: FailedStep): CodedError {
  const flat = flattenError(thrown);
  return {
    code: flat.code ?? fallback[step],
    detail: flat.message,
    params: flat.params ?? {},
  };
}
