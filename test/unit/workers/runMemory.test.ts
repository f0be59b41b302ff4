import { describe, expect, it } from 'vitest';
import { blockCount, makePlan, simulateBlock } from '../../../src/lib/engine';
import { BLOCK_TRIALS } from '../../../src/lib/engine/constants';
import {
  runBytes,
  runMemoryProblem,
  shapeBytes,
  sweepMemoryProblem,
} from '../../../src/lib/workers/runMemory';
import { createWorkerPool } from '../../../src/lib/workers/workerPool';
import { inProcessEndpoint } from '../../../src/lib/workers/inProcessEndpoint';
import { transferables } from '../../../src/lib/workers/transferables';
import { testReps, testSchemes } from './fixtures';

const reps = testReps();
const plan = makePlan({ seed: 3, trials: 6 * BLOCK_TRIALS + 30, schemes: testSchemes() }, reps);

describe('runMemory', () => {
  it('runBytes never exceeds the bytes the blocks of a real run hold', () => {
    const blocks = Array.from({ length: blockCount(plan) }, (_, b) => simulateBlock(plan, b));
    const held = transferables(blocks).reduce((sum, buffer) => sum + buffer.byteLength, 0);

    expect(runBytes(plan)).toBeGreaterThan(0);
    expect(runBytes(plan)).toBeLessThanOrEqual(held);
  });

  it('shapeBytes counts every per-trial series a block keeps, events and deductions aside', () => {
    const blocks = Array.from({ length: blockCount(plan) }, (_, b) => simulateBlock(plan, b));
    const series = blocks
      .flatMap((block) => block.series)
      .flatMap(({ events, deductions, ...perTrial }) => Object.values(perTrial) as Float64Array[])
      .reduce((sum, values) => sum + values.byteLength, 0);

    expect(shapeBytes({ reps: 0, trials: plan.trials, schemes: plan.schemes.length })).toBe(series);
  });

  it('runMemoryProblem names the size, the limit and what to change', () => {
    const problem = runMemoryProblem(plan, 1024);

    expect(problem?.message).toMatch(
      /at least 1 MB .*3 reps, 630 trials, 2 schemes.*limit is 1 MB/,
    );
    expect(problem?.message).toContain('Run fewer trials or load fewer reps.');
    // The page words it in the user's language from the code and these values.
    expect(problem?.code).toBe('runTooBig');
    expect(problem?.params).toEqual({ need: 1, limit: 1, reps: 3, trials: 630, schemes: 2 });
    expect(runMemoryProblem(plan)).toBeNull();
  });

  it('runMemoryProblem says one rep and one scheme in the singular', () => {
    const small = makePlan(
      { seed: 3, trials: 2 * BLOCK_TRIALS, schemes: testSchemes().slice(0, 1) },
      reps.slice(0, 1),
    );
    const problem = runMemoryProblem(small, 1);

    expect(problem?.message).toContain(`(1 rep, ${(2 * BLOCK_TRIALS).toLocaleString('en-US')}`);
    expect(problem?.message).toContain(' trials, 1 scheme);');
    expect(problem?.params).toMatchObject({ reps: 1, schemes: 1 });
  });

  it('shapeBytes gives a plan’s runBytes from its counts alone, before it is made', () => {
    const shape = { reps: plan.reps, trials: plan.trials, schemes: plan.schemes.length };
    expect(shapeBytes(shape)).toBe(runBytes(plan));
    const long = makePlan(
      { seed: 3, trials: 250 * BLOCK_TRIALS + 7, schemes: testSchemes() },
      reps,
    );
    expect(shapeBytes({ ...shape, trials: long.trials })).toBe(runBytes(long));
  });

  it('sweepMemoryProblem counts grid values, not schemes, and names fewer grid points', () => {
    const sweep = { reps: plan.reps, trials: plan.trials, values: 41 };
    const need = shapeBytes({ reps: plan.reps, trials: plan.trials, schemes: 41 });
    const problem = sweepMemoryProblem(sweep, need - 1);

    expect(problem?.code).toBe('sweepTooBig');
    expect(problem?.message).toContain('(3 reps, 630 trials for each of 41 values)');
    expect(problem?.message).toContain('Sweep fewer grid points, run fewer trials');
    expect(problem?.params).toMatchObject({ reps: 3, trials: 630, values: 41 });
    expect(sweepMemoryProblem(sweep, need)).toBeNull();
  });

  it('a pool refuses a run over its memory limit before starting any worker', async () => {
    let spawned = 0;
    const pool = createWorkerPool({
      spawn: () => {
        spawned += 1;
        return { endpoint: inProcessEndpoint(), terminate: () => undefined };
      },
      defaultWorkers: () => 2,
      memoryLimit: 1024,
    });

    await expect(pool.run(plan, reps, 'essay').promise).rejects.toMatchObject({
      code: 'runTooBig',
      message: expect.stringContaining('MB of results'),
    });
    expect(spawned).toBe(0);
  });
});
