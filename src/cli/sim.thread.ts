import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { exposedSimApi } from '../lib/workers/exposedSimApi';

if (parentPort === null) throw new Error('sim.thread.ts must be started as a worker thread');
expose(exposedSimApi(), nodeEndpoint(parentPort));
