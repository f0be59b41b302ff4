import { makePlan, type PlanSettings } from '../engine';
import type { BlockResult, RepModel, RunSummary, SimPlan } from '../engine/types';
import { repPays, type RepPayout } from './repPays';
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

export interface PlannedRunOptions extends RunOptions {
  /** Told once the plan is made, before any block is simulated. */
  onPlanned?: (plan: SimPlan) => void;
}

/** A run planned in a worker: its plan, summary and every block in block order. */
export interface PlannedRun {
  plan: SimPlan;
  summary: RunSummary;
  blocks: BlockResult[];
}

export interface PlannedRunHandle {
  promise: Promise<PlannedRun>;
  cancel(): void;
}

export interface RepPayOptions {
  workers?: number;
  /** Told after each group of reps: how many reps are done, of how many. */
  onProgress?: (done: number, total: number) => void;
}

export interface RepPayHandle {
  /** One payout per rep, in the order of the reps given. */
  promise: Promise<RepPayout[]>;
  cancel(): void;
}

export interface WorkerPool {
  run(plan: SimPlan, reps: RepModel[], baselineId: string, options?: RunOptions): RunHandle;
  /** Plans in the first worker, then runs as `run` does; the same summary, bit for bit. */
  planAndRun(
    settings: PlanSettings,
    reps: RepModel[],
    baselineId: string,
    options?: PlannedRunOptions,
  ): PlannedRunHandle;
  /**
   * Each rep's pay under scheme `schemeId`, every rep simulated alone (repPays.ts): planned in
   * the first worker, the reps then shared out in groups. Like a run, it cancels one going.
   */
  payPerRep(
    settings: PlanSettings,
    reps: RepModel[],
    schemeId: string,
    options?: RepPayOptions,
  ): RepPayHandle;
  /**
   * Starts the default number of workers ahead of a run, so that loading their code overlaps
   * whatever the page does first; they stop when idle like any others.
   */
  warm(): void;
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

// Reps per request of payPerRep: small enough that progress moves and workers share the load
// evenly, large enough that messages cost little beside the simulations.
const repsPerRequest = 20;

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

  /** Cancels the run still going and readies `count` workers for a new one. */
  const begin = (count: number) => {
    if (!Number.isInteger(count) || count < 1) {
      throw new RangeError(`workers must be a whole number of at least 1, got ${count}`);
    }
    if (active !== undefined) cancel(active);
    stopIdleTimer();
    const controller = new AbortController();
    active = controller;
    return controller;
  };

  const endpointsFor = (count: number) => {
    while (workers.length < count) workers.push(settings.spawn());
    return workers.slice(0, count).map((worker) => worker.endpoint);
  };

  const watch = <T>(controller: AbortController, promise: Promise<T>) => {
    promise.then(
      () => {
        if (active !== controller) return;
        active = undefined;
        startIdleTimer();
      },
      // A worker that failed may be broken; new ones are started for the next run.
      () => cancel(controller),
    );
    return promise;
  };

  // Checked before any block runs: a renderer out of memory takes the whole tab down.
  const checkMemory = (plan: SimPlan) => {
    const tooBig = runMemoryProblem(plan, settings.memoryLimit);
    if (tooBig !== null) throw tooBig;
  };

  const run = (plan: SimPlan, reps: RepModel[], baselineId: string, options: RunOptions = {}) => {
    const count = options.workers ?? settings.defaultWorkers();
    const controller = begin(count);
    let promise: Promise<RunSummary>;
    try {
      checkMemory(plan);
      promise = schedule(endpointsFor(count), plan, reps, baselineId, {
        signal: controller.signal,
        onProgress: options.onProgress,
      });
    } catch (thrown) {
      // A worker that cannot start (a blocked script, no Worker) fails the run, not the caller.
      promise = Promise.reject(thrown);
    }
    return { promise: watch(controller, promise), cancel: () => cancel(controller) };
  };

  const planAndRun = (
    planSettings: PlanSettings,
    reps: RepModel[],
    baselineId: string,
    options: PlannedRunOptions = {},
  ) => {
    const count = options.workers ?? settings.defaultWorkers();
    const controller = begin(count);
    const aborted = rejectionOnAbort(controller.signal);

    const steps = async (): Promise<PlannedRun> => {
      const endpoints = endpointsFor(count);
      const [first] = endpoints;
      // An endpoint that cannot plan (an older thread) gets a plan made on this thread.
      const plan = await Promise.race([
        first.plan ? first.plan(planSettings, reps) : makePlan(planSettings, reps),
        aborted,
      ]);
      checkMemory(plan);
      options.onPlanned?.(plan);

      let blocks: BlockResult[] = [];
      const summary = await schedule(endpoints, plan, reps, baselineId, {
        signal: controller.signal,
        onProgress: options.onProgress,
        holding: first.plan ? [first] : [],
        onBlocks: (all) => (blocks = all),
      });
      return { plan, summary, blocks };
    };

    return { promise: watch(controller, steps()), cancel: () => cancel(controller) };
  };

  const payPerRep = (
    planSettings: PlanSettings,
    reps: RepModel[],
    schemeId: string,
    options: RepPayOptions = {},
  ) => {
    const count = options.workers ?? settings.defaultWorkers();
    const controller = begin(count);
    const aborted = rejectionOnAbort(controller.signal);
    const race = <T>(work: Promise<T>) => Promise.race([work, aborted]);

    const steps = async (): Promise<RepPayout[]> => {
      const endpoints = endpointsFor(count);
      const [first] = endpoints;
      const plan = await race(
        first.plan ? first.plan(planSettings, reps) : Promise.resolve(makePlan(planSettings, reps)),
      );
      const others = first.plan ? endpoints.slice(1) : endpoints;
      await race(Promise.all(others.map((endpoint) => endpoint.setPlan(plan))));

      const rows: RepPayout[] = new Array(reps.length);
      let next = 0;
      let done = 0;
      const work = async (endpoint: SimEndpoint) => {
        while (next < reps.length) {
          const from = next;
          const to = Math.min(reps.length, from + repsPerRequest);
          next = to;
          const part = reps.slice(from, to);
          // An endpoint that cannot (an older thread) leaves its share to this thread.
          const pays = endpoint.repPays
            ? await race(endpoint.repPays(part, schemeId, from, to))
            : repPays(plan, part, schemeId, from, to);
          pays.forEach((pay, i) => (rows[from + i] = pay));
          done += to - from;
          options.onProgress?.(done, reps.length);
        }
      };
      await Promise.all(endpoints.map(work));
      return rows;
    };

    return { promise: watch(controller, steps()), cancel: () => cancel(controller) };
  };

  return {
    run,
    planAndRun,
    payPerRep,
    warm() {
      endpointsFor(settings.defaultWorkers());
      if (active === undefined) startIdleTimer();
    },
    get size() {
      return workers.length;
    },
    dispose() {
      if (active !== undefined) cancel(active);
      terminateAll();
    },
  };
}

/**
 * A promise that rejects with the signal's reason when it aborts, to race a step against
 * Cancel; it is marked handled so that a run that ends first leaves no unhandled rejection.
 */
function rejectionOnAbort(signal: AbortSignal): Promise<never> {
  const aborted = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason));
  });
  aborted.catch(() => undefined);
  return aborted;
}
