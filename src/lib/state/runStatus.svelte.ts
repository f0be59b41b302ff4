import type { RunSummary } from '../engine';
import { codeOf, type CodedError, type FailedStep } from '../workers/codeOf';
import type { MessageKey } from '../i18n/en';
import type { Problem } from '../engine/schemes/schema/problem';
import { messageOf, type Failure, type RunState, type Stage } from './stages';

/** Where each stage's errors come from, which codes those that carry no code of their own. */
const failedStep: Record<Stage, FailedStep> = {
  db: 'database',
  fetch: 'other',
  import: 'data',
  calibrate: 'data',
  plan: 'simulation',
  run: 'simulation',
};

/** The status a request that changed nothing puts back (Session.importCsv's refusals). */
export interface StatusBefore {
  state: RunState;
  failure: Failure | null;
  failureCode: CodedError | null;
  stale: boolean;
}

/**
 * Where the one request in flight is (stage, progress, failure) and whether it is still the
 * latest. Every request takes a token; a step checks it after each await, so Cancel or a newer
 * request wins at once and a superseded step can never overwrite newer state.
 */
export abstract class RunStatus {
  state = $state<RunState>('idle');
  stage = $state<Stage | null>(null);
  progress = $state({ done: 0, total: 0 });
  seconds = $state(0);
  failure = $state.raw<Failure | null>(null);
  /** The failure's code, for a message in the current language; null for the app's own. */
  failureCode = $state.raw<CodedError | null>(null);
  /** The latest request on the summary on screen failed or was cancelled (see `stale`). */
  #unfinished = $state(false);
  /** The results on screen, which a failed or cancelled request leaves stale. */
  abstract summary: RunSummary | null;
  /** Stops the simulation under way; null while nothing is left to stop. */
  protected cancelRun: (() => void) | null = null;
  #token = 0;

  /**
   * True when the summary on screen is not the result of the latest request, which failed or
   * was cancelled, or is of other data than that in use (`previousData`, for as long as the
   * run on it goes and after), or of other settings than those shown (`previousSettings`): the
   * page says so and dims it. A run that did not finish shows nothing of its own, so what is on
   * screen is always one whole run.
   */
  get stale(): boolean {
    return this.#unfinished || this.previousData || this.previousSettings;
  }

  set stale(unfinished: boolean) {
    this.#unfinished = unfinished;
  }

  /** True while the latest request has put no results on screen: running, failed, cancelled. */
  get unfinished(): boolean {
    return this.#unfinished;
  }

  /** True while the summary on screen was run on other data than that in use; none here. */
  get previousData(): boolean {
    return false;
  }

  /** True while the summary on screen was run with other settings than those shown; none here. */
  get previousSettings(): boolean {
    return false;
  }

  get busy(): boolean {
    return this.state === 'loading' || this.state === 'running';
  }

  cancel(): void {
    // A run whose results are being put on screen has finished: nothing is left to cancel.
    const finishing = this.state === 'running' && this.cancelRun === null;
    if (!this.busy || finishing) return;
    this.#token += 1;
    this.cancelRun?.();
    this.cancelRun = null;
    this.state = 'cancelled';
    this.stage = null;
    this.stale = this.summary !== null;
  }

  /** Starts a new request: whatever ran before is cancelled and will not write state. */
  protected begin(stage: Stage): number {
    this.cancelRun?.();
    this.cancelRun = null;
    this.#token += 1;
    this.failure = null;
    this.failureCode = null;
    this.state = 'loading';
    this.stage = stage;
    return this.#token;
  }

  /** The status now, to put back (putBack) if the request begun next changes nothing. */
  protected statusBefore(): StatusBefore {
    const { state, failure, failureCode } = this;
    return { state, failure, failureCode, stale: this.#unfinished };
  }

  /**
   * Ends the current request as though it had not begun: the results on screen still match
   * the data, so they are neither failed nor dimmed. A run that was under way when it began
   * was cancelled by begin(), and says so as cancel() would.
   */
  protected putBack(before: StatusBefore): void {
    this.cancelRun = null;
    this.stage = null;
    const wasBusy = before.state === 'loading' || before.state === 'running';
    this.state = wasBusy ? 'cancelled' : before.state;
    this.failure = wasBusy ? null : before.failure;
    this.failureCode = wasBusy ? null : before.failureCode;
    this.stale = wasBusy ? this.summary !== null : before.stale;
  }

  protected current(token: number): boolean {
    return token === this.#token;
  }

  protected step(token: number, stage: Stage): boolean {
    if (!this.current(token)) return false;
    this.stage = stage;
    this.state = stage === 'run' ? 'running' : 'loading';
    return true;
  }

  protected fail(token: number, error: unknown): void {
    if (!this.current(token)) return;
    const stage = this.stage ?? 'run';
    this.failWith(stage, [messageOf(error)]);
    this.failureCode = codeOf(error, failedStep[stage]);
  }

  protected failWith(
    stage: Stage,
    details: string[],
    key?: MessageKey,
    problems?: Problem[],
  ): void {
    this.cancelRun = null;
    this.failure = {
      stage,
      message: details[0] ?? '',
      details,
      ...(key ? { key } : {}),
      ...(problems ? { problems } : {}),
    };
    this.failureCode = null;
    this.state = 'error';
    this.stage = null;
    this.stale = this.summary !== null;
  }
}
