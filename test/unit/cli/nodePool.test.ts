import { afterAll, describe, expect, it } from 'vitest';
import { createNodePool } from '../../../src/cli/nodePool';
import { makePlan, runInProcess } from '../../../src/lib/engine';
import { BLOCK_TRIALS } from '../../../src/lib/engine/constants';
import type { SimPlan } from '../../../src/lib/engine/types';
import { expectBitIdentical } from '../workers/bitIdentical';
import { testReps, testSchemes } from '../workers/fixtures';

const reps = testReps();
const plan = makePlan({ seed: 3, trials: 12 * BLOCK_TRIALS + 7, schemes: testSchemes() }, reps);
const pool = createNodePool();
afterAll(() => pool.dispose());

describe('createNodePool', () => {
  it('createNodePool gives the same bits on 1 and 2 threads as the engine in process', async () => {
    const one = await pool.run(plan, reps, 'essay', { workers: 1 }).promise;
    const two = await pool.run(plan, reps, 'quota', { workers: 2 }).promise;
    const twoAgain = await pool.run(plan, reps, 'essay', { workers: 2 }).promise;

    expect(pool.size).toBe(2);
    expectBitIdentical(one, runInProcess(plan, reps, 'essay'));
    expectBitIdentical(two, runInProcess(plan, reps, 'quota'));
    expectBitIdentical(twoAgain, one);
  });

  it('cancel stops the threads mid-run and the next run starts new ones', async () => {
    const big = makePlan({ seed: 3, trials: 400 * BLOCK_TRIALS, schemes: testSchemes() }, reps);
    let done = 0;
    const handle = pool.run(big, reps, 'essay', {
      workers: 2,
      onProgress: (finished) => {
        done = finished;
        if (finished === 3) handle.cancel();
      },
    });

    await expect(handle.promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(done).toBe(3);
    expect(pool.size).toBe(0);
    expectBitIdentical(
      await pool.run(plan, reps, 'essay').promise,
      runInProcess(plan, reps, 'essay'),
    );
  });

  it('an error thrown in a thread comes back with its name, message and thread stack', async () => {
    const broken: SimPlan = { ...plan, schemes: [{ ...plan.schemes[0], target: null! }] };
    const error = await pool.run(broken, reps, 'essay', { workers: 2 }).promise.then(
      () => expect.fail('the run should have failed'),
      (caught: unknown) => caught as Error,
    );

    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('TypeError');
    expect(error.message).toMatch(/null/);
    expect(error.stack).toMatch(/simulateBlock/);
    expect(pool.size).toBe(0);
  });
});
