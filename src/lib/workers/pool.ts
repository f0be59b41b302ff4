import { wrap } from 'comlink';
import type { RepModel, SimPlan } from '../engine/types';
import { raceDeath } from './raceDeath';
import type { SimApi } from './simApi';
import {
  createWorkerPool,
  type RunHandle,
  type RunOptions,
  type SpawnedWorker,
} from './workerPool';

function spawnBrowserWorker(): SpawnedWorker {
  // The URL must stay inline for Vite to bundle the worker (stack.md, "Workers").
  const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
  const remote = wrap<SimApi>(worker);

  const died = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      reject(new Error(`The simulation worker failed: ${event.message || 'it could not load'}`));
    });
    worker.addEventListener('messageerror', () => {
      reject(new Error('The simulation worker sent a message that could not be read'));
    });
  });

  const endpoint = raceDeath(
    { setPlan: (plan) => remote.setPlan(plan), run: (blocks) => remote.run(blocks) },
    died,
  );
  const terminate = () => {
    worker.terminate();
  };
  return { endpoint, terminate };
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
