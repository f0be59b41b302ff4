import type { RepModel, RunSummary, SimPlan } from '../engine/types';
import { runMemoryProblem } from './runMemory';
import { schedule } from './schedule';
import type { ProgressListener, SimEndpoint } from './simEndpoint';

/** A started worker: its endpoint and the way to stop it. */
export interface SpawnedWorker {
  endpoint: SimEndpoint;
  terminate(): void;
}

export interface RunOptions {
  /** How many workers to use; the pool's default when left out. */
  workers?: number;
  onProgress?: ProgressListener;
}

export interface RunHandle {
  promise: Promise<RunSummary>;
  /** Rejects the run with an AbortError and stops its workers; the next run starts new ones. */
  cancel(): void;
}

export interface WorkerPool {
  run(plan: SimPlan, reps: RepModel[], baselineId: string, options?: RunOptions): RunHandle;
  /** Workers alive now. */
  readonly size: number;
  /** Stops every worker and the idle timer; the pool can still run again later. */
  dispose(): void;
}

export interface PoolSettings {
  spawn: () => SpawnedWorker;
  defaultWorkers: () => number;
  /** Workers are stopped after this long without a run. */
  idleMs?: number;
  /** Bytes of results a run may keep (runMemory.ts); a bigger run fails before it starts. */
  memoryLimit?: number;
}

const defaultIdleMs = 30_000;

/**
 * Workers started lazily, reused between runs and stopped when idle. One run at a time: a worker
 * holds one plan, so starting a run cancels the one still going (the latest request wins).
 */
export function createWorkerPool(settings: PoolSettings): WorkerPool {
  const idleMs = settings.idleMs ?? defaultIdleMs;
  let workers: SpawnedWorker[] = [];
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let active: AbortController | undefined;

  const stopIdleTimer = () => {
    if (idleTimer !== undefined) clearTimeout(idleTimer);
    idleTimer = undefined;
  };

  const terminateAll = () => {
    stopIdleTimer();
    for (const worker of workers) worker.terminate();
    workers = [];
  };

  const startIdleTimer = () => {
    stopIdleTimer();
    idleTimer = setTimeout(terminateAll, idleMs);
    // In Node an idle pool must not keep the process alive on its own.
    (idleTimer as { unref?: () => void }).unref?.();
  };

  const cancel = (controller: AbortController) => {
    if (active !== controller) return;
    active = undefined;
    controller.abort(new DOMException('The simulation was cancelled', 'AbortError'));
    terminateAll();
  };

  const run = (plan: SimPlan, reps: RepModel[], baselineId: string, options: RunOptions = {}) => {
    const count = options.workers ?? settings.defaultWorkers();
    if (!Number.isInteger(count) || count < 1) {
      throw new RangeError(`workers must be a whole number of at least 1, got ${count}`);
    }
    if (active !== undefined) cancel(active);
    stopIdleTimer();

    const controller = new AbortController();
    active = controller;
    let promise: Promise<RunSummary>;
    try {
      // Checked before any worker starts: a renderer out of memory takes the whole tab down.
      const tooBig = runMemoryProblem(plan, settings.memoryLimit);
      if (tooBig !== null) throw new RangeError(tooBig);

      while (workers.length < count) workers.push(settings.spawn());
      const endpoints = workers.slice(0, count).map((worker) => worker.endpoint);
      promise = schedule(endpoints, plan, reps, baselineId, {
        signal: controller.signal,
        onProgress: options.onProgress,
      });
    } catch (thrown) {
      // A worker that cannot start (a blocked script, no Worker) fails the run, not the caller.
      promise = Promise.reject(thrown);
    }
    promise.then(
      () => {
        if (active !== controller) return;
        active = undefined;
        startIdleTimer();
      },
      // A worker that failed may be broken; new ones are started for the next run.
      () => cancel(controller),
    );
    return { promise, cancel: () => cancel(controller) };
  };

  return {
    run,
    get size() {
      return workers.length;
    },
    dispose() {
      if (active !== undefined) cancel(active);
      terminateAll();
    },
  };
}
