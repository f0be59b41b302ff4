import { wrap, type Remote } from 'comlink';
import type { PlanSettings } from '../engine';
import type { RepModel, SimPlan } from '../engine/types';
import { lifeLockName, whenLifeLockFree } from './lifeLock';
import { raceDeath } from './raceDeath';
import { RunError } from './runError';
import type { SimApi } from './simApi';
import type { SimEndpoint } from './simEndpoint';
import {
  createWorkerPool,
  type PlannedRunHandle,
  type PlannedRunOptions,
  type RepPayHandle,
  type RepPayOptions,
  type RunHandle,
  type RunOptions,
  type SpawnedWorker,
} from './workerPool';

/** What sim.worker.ts exposes: the simulation and the lock that tells the page it is alive. */
type BrowserSimApi = SimApi & { holdLifeLock(name: string): Promise<boolean> };

function spawnBrowserWorker(): SpawnedWorker {
  // The URL must stay inline for Vite to bundle the worker (stack.md, "Workers").
  const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
  const remote = wrap<BrowserSimApi>(worker);
  const stopped = new AbortController();

  let watching: Promise<void> = Promise.resolve();
  const died = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      reject(
        event.message
          ? new RunError('workerThrew', `The simulation worker failed: ${event.message}`, {
              detail: event.message,
            })
          : new RunError('workerLoad', 'The simulation worker could not start'),
      );
    });
    worker.addEventListener('messageerror', () => {
      reject(
        new RunError(
          'workerMessage',
          'The simulation worker sent a message that could not be read',
        ),
      );
    });
    watching = watchLife(remote, stopped.signal, () => {
      reject(
        new RunError(
          'workerGone',
          'The simulation worker stopped without an answer (out of memory?)',
        ),
      );
    });
  });

  // No plan (so no block) goes out before the page watches the worker's life: a worker that
  // stopped before its lock was watched would otherwise leave its run waiting forever.
  const setPlan = async (plan: SimPlan) => {
    await watching;
    return remote.setPlan(plan);
  };
  const plan: SimEndpoint['plan'] = async (settings, reps) => {
    await watching;
    return remote.plan(settings, reps);
  };
  const endpoint = raceDeath(
    {
      plan,
      setPlan,
      run: (blocks) => remote.run(blocks),
      repPays: (reps, schemeId, from, to) => remote.repPays(reps, schemeId, from, to),
    },
    died,
  );
  const terminate = () => {
    stopped.abort();
    worker.terminate();
  };
  return { endpoint, terminate };
}

/**
 * Calls `gone` when the worker's life lock is released, unless the page stopped it first.
 * Resolves once the page is watching (at once where there are no Web Locks).
 */
function watchLife(
  remote: Remote<BrowserSimApi>,
  stopped: AbortSignal,
  gone: () => void,
): Promise<void> {
  const locks = globalThis.navigator?.locks;
  if (locks === undefined) return Promise.resolve();

  const name = lifeLockName();
  return remote.holdLifeLock(name).then(
    (held) => {
      if (held && !stopped.aborted) void whenLifeLockFree(locks, name, stopped).then(gone);
    },
    () => undefined,
  );
}

const pool = createWorkerPool({
  spawn: spawnBrowserWorker,
  defaultWorkers: () => Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1)),
});

/**
 * Runs a plan on web workers (min(4, cores) by default). The summary does not depend on the
 * number of workers. Starting a run cancels the one still going.
 */
export function runSimulation(
  plan: SimPlan,
  reps: RepModel[],
  baselineId: string,
  options: RunOptions = {},
): RunHandle {
  return pool.run(plan, reps, baselineId, options);
}

/**
 * Plans and runs on web workers: the first worker makes the plan (the reps' best responses)
 * and hands a copy to the others, so the page's thread only reduces the results. The blocks
 * come back with the summary, for figures that need them, without simulating them again.
 */
export function planAndRun(
  settings: PlanSettings,
  reps: RepModel[],
  baselineId: string,
  options: PlannedRunOptions = {},
): PlannedRunHandle {
  return pool.planAndRun(settings, reps, baselineId, options);
}

/** Each rep's pay under one scheme, simulated rep by rep on web workers (repPays.ts). */
export function payPerRep(
  settings: PlanSettings,
  reps: RepModel[],
  schemeId: string,
  options: RepPayOptions = {},
): RepPayHandle {
  return pool.payPerRep(settings, reps, schemeId, options);
}

/** Starts the workers before the first run needs them (WorkerPool.warm). */
export function warmWorkers(): void {
  pool.warm();
}
