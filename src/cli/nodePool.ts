import { wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { raceDeath } from '../lib/workers/raceDeath';
import type { SimApi } from '../lib/workers/simApi';
import { createWorkerPool, type SpawnedWorker, type WorkerPool } from '../lib/workers/workerPool';

const bootUrl = new URL('./tsxThread.mjs', import.meta.url);
const entry = new URL('./sim.thread.ts', import.meta.url).href;

/*
 * On Node 20, `execArgv: ['--import', 'tsx']` does not reach a worker's entry module (it fails
 * with "Unknown file extension .ts"), so a small JavaScript entry registers tsx in the thread
 * and then imports the TypeScript one.
 */
function spawnThread(): SpawnedWorker {
  const worker = new Worker(bootUrl, { workerData: { entry } });
  const remote = wrap<SimApi>(nodeEndpoint(worker));

  const died = new Promise<never>((_, reject) => {
    worker.on('error', (error) => reject(error));
    worker.on('exit', (code) => reject(new Error(`A simulation thread exited with code ${code}`)));
  });

  const endpoint = raceDeath(
    { setPlan: (plan) => remote.setPlan(plan), run: (blocks) => remote.run(blocks) },
    died,
  );
  const terminate = () => {
    void worker.terminate();
  };
  return { endpoint, terminate };
}

/** The Node twin of the browser pool: the same scheduler over worker_threads. */
export function createNodePool(idleMs?: number): WorkerPool {
  return createWorkerPool({
    spawn: spawnThread,
    defaultWorkers: () => Math.max(1, Math.min(4, availableParallelism())),
    idleMs,
  });
}
