import { describe, expect, it, vi } from 'vitest';
import { makePlan, runInProcess, simulateBlock } from '../../../src/lib/engine';
import { BLOCK_TRIALS } from '../../../src/lib/engine/constants';
import { inProcessEndpoint } from '../../../src/lib/workers/inProcessEndpoint';
import type { SimEndpoint } from '../../../src/lib/workers/simEndpoint';
import { createWorkerPool } from '../../../src/lib/workers/workerPool';
import { expectBitIdentical } from './bitIdentical';
import { testReps, testSchemes } from './fixtures';

const reps = testReps();
const settings = { seed: 23, trials: 5 * BLOCK_TRIALS + 7, schemes: testSchemes() };
const plan = makePlan(settings, reps);

/** A pool of in-process endpoints (cloned like postMessage) that records who planned. */
function pool(make: () => SimEndpoint = () => inProcessEndpoint()) {
  const planned: number[] = [];
  const setPlans: number[] = [];
  let spawned = 0;
  const created = createWorkerPool({
    spawn: () => {
      const index = spawned++;
      const endpoint = make();
      const watched: SimEndpoint = {
        ...endpoint,
        setPlan: (p) => (setPlans.push(index), endpoint.setPlan(p)),
        run: (blocks) => endpoint.run(blocks),
      };
      const { plan: planHere } = endpoint;
      if (planHere) watched.plan = (s, r) => (planned.push(index), planHere(s, r));
      return { endpoint: watched, terminate: () => undefined };
    },
    defaultWorkers: () => 3,
  });
  return { pool: created, planned, setPlans };
}

describe('planAndRun', () => {
  it('plans once in the first worker and gives the others its plan, not a new one', async () => {
    const { pool: p, planned, setPlans } = pool();
    const onPlanned = vi.fn();

    const run = await p.planAndRun(settings, reps, 'essay', { onPlanned }).promise;

    expect(planned).toEqual([0]);
    expect(setPlans.sort()).toEqual([1, 2]);
    expect(onPlanned).toHaveBeenCalledTimes(1);
    expectBitIdentical(run.plan, plan);
  });

  it('gives the summary of a plan made on this thread, bit for bit, for 1 to 4 workers', async () => {
    const expected = runInProcess(plan, reps, 'quota');
    for (const workers of [1, 2, 3, 4]) {
      const run = await pool().pool.planAndRun(settings, reps, 'quota', { workers }).promise;
      expectBitIdentical(run.summary, expected);
    }
  });

  it('hands back every block in block order, as simulated from the plan alone', async () => {
    const run = await pool().pool.planAndRun(settings, reps, 'essay').promise;

    expect(run.blocks.map((b) => b.block)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const block of run.blocks) expectBitIdentical(block, simulateBlock(plan, block.block));
  });

  it('plans on this thread for an endpoint that cannot plan, with the same summary', async () => {
    const { pool: p, planned } = pool(() => {
      const { setPlan, run } = inProcessEndpoint();
      return { setPlan, run };
    });

    const run = await p.planAndRun(settings, reps, 'essay').promise;

    expect(planned).toEqual([]);
    expectBitIdentical(run.summary, runInProcess(plan, reps, 'essay'));
  });

  it('rejects with an AbortError when cancelled while the worker plans', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { pool: p } = pool(() => {
      const endpoint = inProcessEndpoint();
      return { ...endpoint, plan: async (s, r) => (await gate, endpoint.plan!(s, r)) };
    });
    const onPlanned = vi.fn();

    const handle = p.planAndRun(settings, reps, 'essay', { onPlanned });
    handle.cancel();
    release();

    await expect(handle.promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(onPlanned).not.toHaveBeenCalled();
  });
});
