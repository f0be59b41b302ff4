import type { CodedError } from '$lib/workers/codeOf';

export interface SweepFailure {
  /** The status line's words, in the reader's language. */
  message: string;
  /** The engine's own text, for a collapsed "Details", or null when the line says it all. */
  detail: string | null;
}

/**
 * How Tune words a failed sweep, as Compare's RunBar words a failed run: a worker's own exception
 * is the engine's English text in its own terms, so the line only says a worker failed and the
 * text goes under "Details"; any other coded error reads in the reader's language.
 */
export function sweepFailure(
  code: CodedError | null,
  error: string | null,
  words: { workerFailed: string; coded: (code: CodedError, detail: string) => string },
): SweepFailure {
  if (code?.code === 'workerThrew') {
    return { message: words.workerFailed, detail: code.detail || error || null };
  }
  return { message: code ? words.coded(code, error ?? '') : (error ?? ''), detail: null };
}
