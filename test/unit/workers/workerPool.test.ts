import { describe, expect, it } from 'vitest';
import { makePlan, runInProcess } from '../../../src/lib/engine';
import { BLOCK_TRIALS } from '../../../src/lib/engine/constants';
import type { SimEndpoint } from '../../../src/lib/workers/simEndpoint';
import { raceDeath } from '../../../src/lib/workers/raceDeath';
import { createWorkerPool } from '../../../src/lib/workers/workerPool';
import { expectBitIdentical } from './bitIdentical';
import { slowEndpoint, throwingEndpoint } from './endpoints';
import { testReps, testSchemes } from './fixtures';

const reps = testReps();
const plan = makePlan({ seed: 11, trials: 8 * BLOCK_TRIALS, schemes: testSchemes() }, reps);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A pool over in-process endpoints that counts the workers it starts and stops. */
function countingPool(make: () => SimEndpoint = () => slowEndpoint(() => 2), idleMs = 1000) {
  const counts = { spawned: 0, terminated: 0 };
  const pool = createWorkerPool({
    spawn: () => {
      counts.spawned += 1;
      return { endpoint: make(), terminate: () => (counts.terminated += 1) };
    },
    defaultWorkers: () => 2,
    idleMs,
  });
  return { pool, counts };
}

describe('createWorkerPool', () => {
  it('createWorkerPool starts workers when a run needs them and reuses them', async () => {
    const { pool, counts } = countingPool();
    expect(pool.size).toBe(0);

    const first = await pool.run(plan, reps, 'essay', { workers: 3 }).promise;
    const second = await pool.run(plan, reps, 'essay').promise;

    expect(counts).toEqual({ spawned: 3, terminated: 0 });
    expect(pool.size).toBe(3);
    expectBitIdentical(first, runInProcess(plan, reps, 'essay'));
    expectBitIdentical(second, first);
    pool.dispose();
  });

  it('cancel rejects the run, stops its workers, and the next run starts new ones', async () => {
    const { pool, counts } = countingPool();
    const handle = pool.run(plan, reps, 'essay');
    await sleep(3);
    handle.cancel();

    await expect(handle.promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(counts).toEqual({ spawned: 2, terminated: 2 });
    expect(pool.size).toBe(0);

    await pool.run(plan, reps, 'essay').promise;
    expect(counts.spawned).toBe(4);
    pool.dispose();
  });

  it('a new run cancels the one still going', async () => {
    const { pool } = countingPool();
    const first = pool.run(plan, reps, 'essay');
    const second = pool.run(plan, reps, 'essay');

    await expect(first.promise).rejects.toMatchObject({ name: 'AbortError' });
    expectBitIdentical(await second.promise, runInProcess(plan, reps, 'essay'));
    pool.dispose();
  });

  it('createWorkerPool stops its workers after idleMs without a run', async () => {
    const { pool, counts } = countingPool(undefined, 20);
    await pool.run(plan, reps, 'essay').promise;
    expect(pool.size).toBe(2);

    await sleep(80);
    expect(pool.size).toBe(0);
    expect(counts.terminated).toBe(2);
  });

  it('warm starts the default workers, a run then reuses them, and idle ones stop', async () => {
    const { pool, counts } = countingPool(undefined, 20);
    pool.warm();
    expect(counts).toEqual({ spawned: 2, terminated: 0 });

    expectBitIdentical(
      await pool.run(plan, reps, 'essay').promise,
      runInProcess(plan, reps, 'essay'),
    );
    expect(counts.spawned).toBe(2);
    await sleep(80);
    expect(counts.terminated).toBe(2);
  });

  it('a failed run stops its workers and passes the flattened error on', async () => {
    const { pool, counts } = countingPool(() => throwingEndpoint(1, new RangeError('no reps')));
    const handle = pool.run(plan, reps, 'essay', { workers: 1 });

    await expect(handle.promise).rejects.toMatchObject({ name: 'RangeError', message: 'no reps' });
    await sleep(0);
    expect(counts).toEqual({ spawned: 1, terminated: 1 });
  });

  it('a worker that cannot start fails the run instead of throwing at the caller', async () => {
    const pool = createWorkerPool({
      spawn: () => {
        throw new DOMException('Worker scripts are blocked', 'SecurityError');
      },
      defaultWorkers: () => 2,
    });
    const handle = pool.run(plan, reps, 'essay');

    await expect(handle.promise).rejects.toMatchObject({ name: 'SecurityError' });
    expect(pool.size).toBe(0);
  });

  it('run refuses a worker count that is not a whole number of at least 1', () => {
    const { pool } = countingPool();

    expect(() => pool.run(plan, reps, 'essay', { workers: 0 })).toThrow(RangeError);
    expect(() => pool.run(plan, reps, 'essay', { workers: 1.5 })).toThrow(RangeError);
  });

  it('a worker that dies mid-run fails the run, reports no completion, and the pool recovers', async () => {
    let generation = 0;
    const pool = createWorkerPool({
      spawn: () => {
        generation += 1;
        const doomed = generation === 1;
        let kill: (error: Error) => void = () => undefined;
        const died = new Promise<never>((_, reject) => (kill = reject));
        const inner = slowEndpoint(() => 2);
        const endpoint = raceDeath(
          {
            setPlan: inner.setPlan,
            run: async (blocks) => {
              if (doomed && blocks[0] >= 2) kill(new Error('The worker stopped without an answer'));
              return inner.run(blocks);
            },
          },
          died,
        );
        return { endpoint, terminate: () => undefined };
      },
      defaultWorkers: () => 2,
    });

    const progress: number[] = [];
    const failed = pool.run(plan, reps, 'essay', { onProgress: (done) => progress.push(done) });
    await expect(failed.promise).rejects.toThrow('stopped without an answer');
    const blocks = plan.trials / BLOCK_TRIALS;
    expect(progress).not.toContain(blocks);

    const next = await pool.run(plan, reps, 'essay').promise;
    expect(generation).toBeGreaterThan(2);
    expectBitIdentical(next, runInProcess(plan, reps, 'essay'));
    pool.dispose();
  });
});
