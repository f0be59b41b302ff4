export { payPerRep, planAndRun, runSimulation, warmWorkers } from './pool';
export { inProcessEndpoint } from './inProcessEndpoint';
export { schedule, type ScheduleOptions } from './schedule';
export { createWorkerPool } from './workerPool';
export type {
  PlannedRun,
  PlannedRunHandle,
  PlannedRunOptions,
  RepPayHandle,
  RepPayOptions,
  RunHandle,
  RunOptions,
  SpawnedWorker,
  WorkerPool,
} from './workerPool';
export type { ProgressListener, SimEndpoint } from './simEndpoint';
export { flattenError, type FlatError } from './flattenError';
export type { RepPayout } from './repPays';
