import { afterAll, describe, expect, it } from 'vitest';
import { createNodePool } from '../../src/cli/nodePool';
import { runInProcess } from '../../src/lib/engine';
import { checkRw1 } from '../checkRw1';
import { engineResult, runEngine } from '../engineRun';
import { rw1Exact } from '../rw1Exact';
import { rw1Plan, rw1Reps, SCHEME_A } from '../rw1Plan';
import { RW1 } from '../rw1Workload';

const small = { ...RW1, trials: 400 };

describe('rw1Plan', () => {
  it('rw1Plan targets the median under A and pays 1000 on the quota μ_r·s_p under B', () => {
    const plan = rw1Plan(RW1, 1);
    const [a, b] = plan.schemes;
    // Rep 9: μ = 109, σ = 0.1 + 0.3·2/6 = 0.2; quarter 3 has s = 1.21.
    const i = 9 * 4 + 3;
    const mean = 109 * 1.21;
    expect(a.target[i]).toBeCloseTo(mean * Math.exp(-0.02), 10);
    expect(b.target[i]).toBeCloseTo(mean, 10);
    expect(b.fixedPay[i]).toBe(1000);
    expect(plan.logSigma[i]).toBeCloseTo(0.2, 12);
    expect(a.scheme.kind === 'truth-telling' && a.scheme.floor).toBe('zero');
  });
});

describe('engineResult', () => {
  it('engineResult of an in-process engine run of RW1 matches the closed form within 4 se', () => {
    const w = { ...RW1, trials: 500 };
    const summary = runInProcess(rw1Plan(w, 11), rw1Reps(w), SCHEME_A);
    const result = engineResult(summary, w, 0, 1, 0.5);

    expect(result.draws).toBe(2_000_000);
    expect(checkRw1(result, rw1Exact(w)).filter((c) => !c.ok)).toEqual([]);
  });
});

describe('runEngine', () => {
  const pool = createNodePool();
  afterAll(() => pool.dispose());

  it('runEngine gives bit-identical figures with 1 and 2 worker threads', async () => {
    const one = await runEngine(pool, small, 1, 3);
    const two = await runEngine(pool, small, 2, 3);
    if (one.status !== 'ok' || two.status !== 'ok') throw new Error(JSON.stringify([one, two]));

    expect(two.result.workers).toBe(2);
    expect(two.result.meanA).toBe(one.result.meanA);
    expect(two.result.seB).toBe(one.result.seB);
    expect(one.result.nsPerDraw).toBeGreaterThan(0);
  });
});
