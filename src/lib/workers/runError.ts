/**
 * What went wrong in a run, as a code the page translates (the `run.error.*` messages) with
 * the original text kept as `detail`: a browser's or DuckDB's own message cannot be translated,
 * but the sentence around it can, and the code outlives a change of language.
 */
export type RunErrorCode =
  | 'workerThrew'
  | 'workerLoad'
  | 'workerGone'
  | 'workerMessage'
  | 'runTooBig'
  | 'sweepTooBig'
  | 'dbStart'
  | 'dbQuery'
  | 'unknown';

export const runErrorCodes: readonly RunErrorCode[] = [
  'workerThrew',
  'workerLoad',
  'workerGone',
  'workerMessage',
  'runTooBig',
  'sweepTooBig',
  'dbStart',
  'dbQuery',
  'unknown',
];

export type RunErrorParams = Record<string, string | number>;

/** An error that carries its code and the values its message is made of. */
export class RunError extends Error {
  readonly code: RunErrorCode;
  readonly params: RunErrorParams;

  constructor(code: RunErrorCode, message: string, params: RunErrorParams = {}) {
    super(message);
    this.name = 'RunError';
    this.code = code;
    this.params = params;
  }
}

export function isRunErrorCode(value: unknown): value is RunErrorCode {
  return runErrorCodes.includes(value as RunErrorCode);
}
