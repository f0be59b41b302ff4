import { describe, expect, it } from 'vitest';
import { makePlan, runInProcess, simulateBlock, summarize } from '../../../src/lib/engine';
import { BLOCK_TRIALS } from '../../../src/lib/engine/constants';
import type { RunSummary } from '../../../src/lib/engine/types';
import { inProcessEndpoint } from '../../../src/lib/workers/inProcessEndpoint';
import { schedule } from '../../../src/lib/workers/schedule';
import { expectBitIdentical } from './bitIdentical';
import { scrambledDelays, slowEndpoint, throwingEndpoint } from './endpoints';
import { testReps, testSchemes } from './fixtures';

const reps = testReps();
// 10.5 blocks: the last block is a short one.
const plan = makePlan({ seed: 7, trials: 10 * BLOCK_TRIALS + 50, schemes: testSchemes() }, reps);
const blocks = Math.ceil(plan.trials / BLOCK_TRIALS);
const endpoints = (count: number) => Array.from({ length: count }, () => inProcessEndpoint());

describe('schedule', () => {
  it('schedule gives bit-identical summaries with 1 and 4 endpoints', async () => {
    const one = await schedule(endpoints(1), plan, reps, 'essay');
    const four = await schedule(endpoints(4), plan, reps, 'essay');

    expect(one.trials).toBe(plan.trials);
    expectBitIdentical(four, one);
  });

  it('schedule matches the engine run in process when blocks finish out of order', async () => {
    const answered: number[] = [];
    const slow = [0, 1, 2].map(() => slowEndpoint(scrambledDelays(6), answered));
    const finished: number[] = [];
    const summary = await schedule(slow, plan, reps, 'essay', {
      onProgress: (done) => finished.push(done),
    });

    expect(answered.some((block, index) => block < answered[index - 1])).toBe(true);
    const asked = slow.flatMap((endpoint) => endpoint.asked);
    expect(asked.sort((a, b) => a - b)).toEqual([...Array(blocks).keys()]);
    expect(slow.every((endpoint) => endpoint.asked.length > 1)).toBe(true);
    expect(finished).toEqual([...Array(blocks).keys()].map((index) => index + 1));
    expectBitIdentical(summary, runInProcess(plan, reps, 'essay'));
  });

  it('schedule makes no partial summary unless asked for one', async () => {
    const partials: unknown[] = [];
    await schedule(endpoints(2), plan, reps, 'essay', {
      onProgress: (_done, _total, partial) => partials.push(partial),
    });
    expect(partials.length).toBeGreaterThan(1);
    expect(partials.every((partial) => partial === undefined)).toBe(true);
  });

  it('schedule sends partial summaries of the done block prefix at most every 200 ms', async () => {
    let clock = 0;
    const partials: { at: number; done: number; partial: RunSummary }[] = [];
    await schedule(endpoints(2), plan, reps, 'essay', {
      partialEveryMs: 200,
      now: () => (clock += 70),
      onProgress: (done, _total, partial) => {
        if (partial !== undefined) partials.push({ at: clock, done, partial });
      },
    });

    expect(partials.length).toBeGreaterThan(1);
    partials.slice(1).forEach(({ at }, index) => {
      expect(at - partials[index].at).toBeGreaterThanOrEqual(200);
    });
    for (const { done, partial } of partials) {
      const prefix = Math.ceil(partial.trials / BLOCK_TRIALS);
      expect(prefix).toBeLessThanOrEqual(done);
      const independent = [...Array(prefix).keys()].map((block) => simulateBlock(plan, block));
      expectBitIdentical(partial, summarize(plan, independent, reps, 'essay'));
    }
  });

  it('schedule rejects with the name, message and stack a worker threw', async () => {
    const thrown = new TypeError('the plan has no schemes');
    const progress: number[] = [];
    const failing = [inProcessEndpoint(), throwingEndpoint(3, thrown)];
    const run = schedule(failing, plan, reps, 'essay', {
      onProgress: (done) => progress.push(done),
    });

    const error = await run.then(
      () => expect.fail('the run should have failed'),
      (caught: unknown) => caught as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.message, error.stack]).toEqual([
      'TypeError',
      'the plan has no schemes',
      thrown.stack,
    ]);
    expect(progress).not.toContain(blocks);
  });

  it('schedule turns a thrown string into an Error, never reporting the run complete', async () => {
    const progress: number[] = [];
    const last = blocks - 1;
    const failing = [throwingEndpoint(last, 'worker ran out of memory')];
    const run = schedule(failing, plan, reps, 'essay', {
      onProgress: (done) => progress.push(done),
    });

    await expect(run).rejects.toMatchObject({ name: 'Error', message: 'worker ran out of memory' });
    expect(progress).toEqual([...Array(last).keys()].map((index) => index + 1));
  });

  it('schedule rejects when an endpoint cannot take the plan', async () => {
    const broken = { ...inProcessEndpoint(), setPlan: () => Promise.reject(new Error('no plan')) };

    await expect(schedule([broken], plan, reps, 'essay')).rejects.toThrow('no plan');
  });

  it('schedule stops asking for blocks and reporting once cancelled', async () => {
    const controller = new AbortController();
    const slow = [slowEndpoint(() => 5), slowEndpoint(() => 5)];
    let afterCancel = 0;
    let askedAtCancel = -1;
    const run = schedule(slow, plan, reps, 'essay', {
      signal: controller.signal,
      onProgress: () => {
        if (controller.signal.aborted) afterCancel += 1;
        if (askedAtCancel >= 0) return;
        askedAtCancel = slow[0].asked.length + slow[1].asked.length;
        controller.abort();
      },
    });

    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(slow[0].asked.length + slow[1].asked.length).toBe(askedAtCancel);
    expect(askedAtCancel).toBeLessThan(blocks);
    expect(afterCancel).toBe(0);
  });

  it('schedule rejects at once on a signal that was already aborted', async () => {
    const endpoint = slowEndpoint(() => 0);
    const run = schedule([endpoint], plan, reps, 'essay', { signal: AbortSignal.abort() });

    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(endpoint.plans).toBe(0);
  });

  it('schedule gives the plan to no more endpoints than there are blocks', async () => {
    const small = makePlan({ seed: 7, trials: 2 * BLOCK_TRIALS, schemes: testSchemes() }, reps);
    const four = [0, 1, 2, 3].map(() => slowEndpoint(() => 0));
    await schedule(four, small, reps, 'essay');

    expect(four.map((endpoint) => endpoint.plans)).toEqual([1, 1, 0, 0]);
  });
});
