import { blockCount, summarize } from '../engine';
import { foldIntoGroup } from '../engine/repGroups';
import type { BlockResult, RepModel, RunSummary, SimPlan } from '../engine/types';
import { errorFrom, flattenError } from './flattenError';
import type { ProgressListener, SimEndpoint } from './simEndpoint';

export interface ScheduleOptions {
  onProgress?: ProgressListener;
  /** Aborting rejects the run at once with the signal's reason; no later progress is told. */
  signal?: AbortSignal;
  /** Requests kept in flight per endpoint, so that a worker never waits for the next block. */
  depth?: number;
  /**
   * Least time between two partial summaries (about five a second by default). Leave it out
   * and no partial summary is made: each costs a reduction on the main thread, which on a
   * two-core machine takes time from the workers.
   */
  partialEveryMs?: number;
  now?: () => number;
  /** Endpoints that already keep the plan (one that made it): it is not sent to them again. */
  holding?: SimEndpoint[];
  /** Given every block in block order when the run completes, before the summary resolves. */
  onBlocks?: (blocks: BlockResult[]) => void;
}

const defaultDepth = 2;

/**
 * Spreads the plan's blocks over the endpoints and summarises them. Each block is simulated
 * from its own index alone and the results are reduced in block order, so the summary is
 * bit-identical whatever the number of endpoints and whichever endpoint ran which block.
 */
export function schedule(
  endpoints: SimEndpoint[],
  plan: SimPlan,
  reps: RepModel[],
  baselineId: string,
  options: ScheduleOptions = {},
): Promise<RunSummary> {
  if (endpoints.length === 0) throw new RangeError('schedule() needs at least one endpoint');
  const { onProgress, signal } = options;
  const depth = options.depth ?? defaultDepth;
  const partialEveryMs = options.partialEveryMs ?? Infinity;
  const now = options.now ?? (() => performance.now());

  const total = blockCount(plan);
  const results: (BlockResult | undefined)[] = new Array(total);
  let next = 0;
  let done = 0;
  let prefix = 0;
  let partialPrefix = 0;
  let partialAt = now();
  let settled = false;

  return new Promise<RunSummary>((resolve, reject) => {
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      finish();
    };
    const fail = (thrown: unknown) => settle(() => reject(thrown));
    const failFromWorker = (thrown: unknown) => fail(errorFrom(flattenError(thrown)));
    const onAbort = () => fail(signal?.reason ?? new DOMException('Aborted', 'AbortError'));

    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });

    const complete = () => {
      const summary = summarize(plan, results as BlockResult[], reps, baselineId);
      options.onBlocks?.(results as BlockResult[]);
      onProgress?.(total, total);
      settle(() => resolve(summary));
    };

    const tell = () => {
      const due =
        partialEveryMs < Infinity && prefix > partialPrefix && now() - partialAt >= partialEveryMs;
      if (!due) return onProgress?.(done, total);
      partialPrefix = prefix;
      partialAt = now();
      onProgress?.(
        done,
        total,
        summarize(plan, results.slice(0, prefix) as BlockResult[], reps, baselineId),
      );
    };

    const accept = (endpoint: SimEndpoint, asked: number, answer: BlockResult[]) => {
      if (settled) return;
      const result = answer[0];
      if (answer.length !== 1 || result?.block !== asked) {
        throw new Error(`an endpoint answered block ${result?.block} when asked for ${asked}`);
      }
      results[asked] = result;
      done += 1;
      // Blocks join their group's per-rep sums as soon as every block before them is in, so a
      // run holds per-rep arrays for at most MAX_REP_GROUPS groups and the few blocks ahead.
      while (prefix < total && results[prefix] !== undefined) {
        foldIntoGroup(plan, results as BlockResult[], prefix);
        prefix += 1;
      }

      if (done === total) return complete();
      tell();
      feed(endpoint);
    };

    const feed = (endpoint: SimEndpoint) => {
      if (settled || next >= total) return;
      const block = next;
      next += 1;
      endpoint.run([block]).then(
        guard((answer) => accept(endpoint, block, answer)),
        failFromWorker,
      );
    };

    // A listener or the summary throwing here is a programmer error; it still ends the run.
    function guard<T>(step: (value: T) => void): (value: T) => void {
      return (value) => {
        try {
          step(value);
        } catch (thrown) {
          fail(thrown);
        }
      };
    }

    const used = endpoints.slice(0, Math.max(1, Math.min(endpoints.length, total)));
    const start = () => {
      if (total === 0) return complete();
      for (let slot = 0; slot < depth; slot += 1) used.forEach(feed);
    };
    const holding = new Set(options.holding ?? []);
    const sent = used.filter((endpoint) => !holding.has(endpoint));
    Promise.all(sent.map((endpoint) => endpoint.setPlan(plan))).then(guard(start), failFromWorker);
  });
}
