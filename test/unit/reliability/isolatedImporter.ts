import { Worker } from 'node:worker_threads';

export interface ImportRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
  /** A history to load first, as a user would have before trying the file. */
  before?: { name: string; bytes: Uint8Array };
}

export interface ImportAnswer {
  id: number;
  ms: number;
  previewErrors: string[];
  ok: boolean;
  /** Errors of a refused import, warnings of a loaded one. */
  messages: string[];
  rows: number;
  /** The `sales` table is as it was before the import. */
  tableKept: boolean;
}

export type IsolatedAnswer =
  ImportAnswer | { id: number; thrown: string } | { id: number; hung: true; ms: number };

const boot = new URL('../../../src/cli/tsxThread.mjs', import.meta.url);
const entry = new URL('./importerThread.ts', import.meta.url).href;

/**
 * The importer in a worker thread. A synchronous parser that never returns cannot be stopped
 * from its own thread (a test's timeout needs the event loop it blocks); from here the thread is
 * terminated after `timeoutMs`, the answer says `hung`, and the next request starts a new one.
 */
export function isolatedImporter(timeoutMs: number) {
  let thread: Promise<Worker> | undefined;
  let next = 0;

  const start = () =>
    new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(boot, { workerData: { entry } });
      worker.once('message', () => resolve(worker));
      worker.once('error', reject);
    });

  async function run(request: Omit<ImportRequest, 'id'>): Promise<IsolatedAnswer> {
    thread ??= start();
    const worker = await thread;
    const id = (next += 1);
    const started = performance.now();

    return new Promise<IsolatedAnswer>((resolve) => {
      const timer = setTimeout(() => {
        worker.off('message', listen);
        thread = undefined;
        void worker.terminate();
        resolve({ id, hung: true, ms: performance.now() - started });
      }, timeoutMs);
      const listen = (answer: IsolatedAnswer) => {
        if (answer.id !== id) return;
        clearTimeout(timer);
        worker.off('message', listen);
        resolve(answer);
      };
      worker.on('message', listen);
      worker.postMessage({ ...request, id });
    });
  }

  async function close(): Promise<void> {
    const current = thread;
    thread = undefined;
    if (current) await (await current).terminate();
  }

  return { run, close };
}
