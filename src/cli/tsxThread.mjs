// Entry of every simulation thread: Node 20 runs it as plain JavaScript, it registers tsx in
// this thread, then loads the TypeScript entry named in workerData.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
