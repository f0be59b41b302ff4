import { describe, expect, it } from 'vitest';
import { makePlan, runInProcess } from '../../../src/lib/engine';
import type { RepModel } from '../../../src/lib/engine/types';
import { inProcessEndpoint } from '../../../src/lib/workers/inProcessEndpoint';
import { repPays } from '../../../src/lib/workers/repPays';
import { createWorkerPool } from '../../../src/lib/workers/workerPool';
import { testReps, testSchemes } from './fixtures';

// 45 reps: more than two groups of 20, so the workers share them out and the last is short.
const reps: RepModel[] = Array.from({ length: 15 }, (_, k) =>
  testReps().map((rep) => ({ ...rep, id: `${rep.id}${k}`, name: `${rep.name} ${k}` })),
).flat();
const settings = { seed: 5, trials: 300, schemes: testSchemes() };

function pool() {
  return createWorkerPool({
    spawn: () => ({ endpoint: inProcessEndpoint(), terminate: () => undefined }),
    defaultWorkers: () => 2,
  });
}

describe('payPerRep', () => {
  it('payPerRep gives every rep the same bits whatever the number of workers', async () => {
    const plan = makePlan(settings, reps);
    const here = repPays(plan, reps, 'quota', 0, reps.length);
    for (const workers of [1, 2, 3]) {
      const done: number[] = [];
      const handle = pool().payPerRep(settings, reps, 'quota', {
        workers,
        onProgress: (n, total) => done.push(n / total),
      });
      expect(await handle.promise).toEqual(here);
      expect(done.at(-1)).toBe(1);
    }
  });

  it('repPays gives a rep alone its mean pay in a run of every rep, within the error', () => {
    const plan = makePlan(settings, reps);
    const full = runInProcess(plan, reps, 'essay').schemes[0].perRep;
    repPays(plan, reps, 'essay', 0, reps.length).forEach((pay, r) => {
      expect(pay.p5).toBeLessThanOrEqual(pay.p50);
      expect(pay.p50).toBeLessThanOrEqual(pay.p95);
      const se = Math.hypot(pay.se, full[r].payout.se);
      expect(Math.abs(pay.mean - full[r].payout.mean)).toBeLessThanOrEqual(4 * se);
    });
  });

  it('repPays refuses rep models that do not match the range asked for', () => {
    const plan = makePlan(settings, reps);
    expect(() => repPays(plan, reps.slice(0, 2), 'essay', 0, 3)).toThrow(/needs 3 rep models/);
  });

  it('payPerRep rejects with an AbortError once cancelled', async () => {
    const handle = pool().payPerRep(settings, reps, 'essay');
    handle.cancel();
    await expect(handle.promise).rejects.toMatchObject({ name: 'AbortError' });
  });
});
