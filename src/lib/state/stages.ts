import type { Problem } from '../engine/schemes/schema/problem';
import type { MessageKey } from '../i18n/en';

/** What the run bar reports; also the `data-state` that end-to-end tests wait on. */
export type RunState = 'idle' | 'loading' | 'running' | 'done' | 'cancelled' | 'error';

/** The steps from page load to a comparison; each has its own status line. */
export type Stage = 'db' | 'fetch' | 'import' | 'calibrate' | 'plan' | 'run';

/**
 * A failed step in words: what was being done, the first message, and every message. Messages
 * from the data layer or a thrown error are kept as written; the app's own reasons are kept as
 * a message key, so they follow a later change of language.
 */
export interface Failure {
  stage: Stage;
  message: string;
  details: string[];
  key?: MessageKey;
  /** The schemes' problems with the data at hand, worded in the current language on screen. */
  problems?: Problem[];
}

/** The message of anything thrown; workers flatten errors to plain objects with a message. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return String((error as { message: unknown }).message);
  }
  return String(error);
}

/**
 * Resolves after the browser has painted, so a status line set just before a long synchronous
 * step (planning) is on screen while that step runs. A hidden tab paints no frames: the
 * timeout keeps the run going there.
 */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    globalThis.requestAnimationFrame?.(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}
