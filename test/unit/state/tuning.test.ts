import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_HAGGLING,
  makePlan,
  runInProcess,
  selfSet,
  type PlanSettings,
  type RepModel,
  type Scheme,
} from '../../../src/lib/engine';
import { parameterValue, solveBudget } from '../../../src/lib/engine/sweep';
import { repPays } from '../../../src/lib/workers/repPays';
import type { SweepResult } from '../../../src/lib/state/tuning.svelte';

// A worker failure to report on the next sweep, as the pool would report it.
const pool = vi.hoisted(() => ({ failure: null as Error | null, runs: 0 }));

// The worker pool is replaced by planning and running in process, which gives the same summary.
vi.mock('../../../src/lib/workers', () => ({
  planAndRun: (settings: PlanSettings, reps: RepModel[], baseline: string) => {
    pool.runs++;
    if (pool.failure) return { promise: Promise.reject(pool.failure), cancel: () => {} };
    const plan = makePlan(settings, reps);
    const summary = runInProcess(plan, reps, baseline);
    return { promise: Promise.resolve({ plan, summary, blocks: [] }), cancel: () => {} };
  },
  payPerRep: (settings: PlanSettings, reps: RepModel[], schemeId: string) => {
    const pays = repPays(makePlan(settings, reps), reps, schemeId, 0, reps.length);
    return { promise: Promise.resolve(pays), cancel: () => {} };
  },
}));

const { Tuning, checkSweep, defaultRange } = await import('../../../src/lib/state/tuning.svelte');

const reps: RepModel[] = ['a', 'b', 'c'].map((id, k) => ({
  id,
  name: id,
  mean: [100 * (k + 1), 120 * (k + 1)],
  sigma: 0.2 + 0.1 * k,
  historyPeriods: 24,
  thin: false,
}));
const quota: Scheme = {
  kind: 'haggled-quota',
  id: 'quota',
  label: 'quota',
  performancePayShare: 0.05,
  excessRate: 0.005,
  haggling: { ...DEFAULT_HAGGLING },
};
const schemes = [selfSet(0.05, 'none'), quota];
const session = {
  schemes,
  // What a sweep runs on: the loaded data's reps, or a scenario's own (Session.reps).
  reps,
  dataName: { kind: 'history', source: 'orders.csv' },
  settings: { seed: 9, trials: 1000 },
} as never;

let tuning: InstanceType<typeof Tuning>;
beforeEach(() => {
  tuning = new Tuning();
  pool.failure = null;
  pool.runs = 0;
});

/** The Tune form's limit for a rate typed as a percentage: 0% to 1,000%. */
const percent = { min: 0, max: 10, integer: false };

describe('Tuning', () => {
  it('defaultRange spans commission rates, powers and amounts sensibly', () => {
    expect(defaultRange(schemes[0], 'rate')).toEqual([0.01, 0.1]);
    expect(defaultRange(quota, 'haggling.bossPower')).toEqual([0, 1]);
    expect(defaultRange(quota, 'performancePayShare')).toEqual([0.0125, 0.1]);
  });

  it('solution gives no answer for a budget the form refuses, such as a share below 0', () => {
    const sweep = new Tuning();
    const e = (mean: number) => ({ mean, se: 0.01 });
    const points = [0.01, 0.05, 0.1].map((value) => ({
      value,
      payout: e(1000 * value),
      sales: e(1000),
      share: e(value),
      mape: e(0.1),
      hitRate: e(0.5),
    }));
    sweep.result = { points } as unknown as SweepResult;
    sweep.budget = { kind: 'share', share: 0.03 };
    expect(sweep.solution?.status).toBe('solved');
    sweep.budget = { kind: 'share', share: -0.03 };
    expect(sweep.solution).toBeNull();
    sweep.budget = { kind: 'amount', amount: -5 };
    expect(sweep.solution).toBeNull();
  });

  it('defaultRange spans a base pay of 0 in the data’s scale, not from 0 to 1', () => {
    const base = schemes[0];
    expect(parameterValue(base, 'basePay')).toBe(0);
    expect(defaultRange(base, 'basePay', 63_000)).toEqual([0, 6300]);
    // Without data to scale by, and for a share, the range stays 0 to 1.
    expect(defaultRange(base, 'basePay')).toEqual([0, 1]);
    expect(defaultRange(quota, 'haggling.bossPower', 63_000)).toEqual([0, 1]);
  });

  it('run sweeps the first self-set scheme’s rate and solves the budget on it', async () => {
    tuning.points = 5;
    await tuning.run(session);

    expect(tuning.state).toBe('done');
    const values = tuning.result!.points.map((p) => p.value);
    [0.01, 0.0325, 0.055, 0.0775, 0.1].forEach((v, k) => expect(values[k]).toBeCloseTo(v, 15));
    expect(tuning.solution).toEqual(solveBudget(tuning.result!.points, tuning.budget));
  });

  it('defaultRange keeps α, β and γ in order, so their default sweeps can run', () => {
    const base = schemes[0];
    expect(defaultRange(base, 'alpha')).toEqual([0, 0.025]);
    expect(defaultRange(base, 'beta')).toEqual([0.025, 0.075]);
    expect(defaultRange(base, 'gamma')).toEqual([0.075, 0.2]);
    for (const parameter of ['alpha', 'beta', 'gamma']) {
      const [from, to] = defaultRange(base, parameter);
      expect(checkSweep(base, parameter, [from, to, 41], percent)).toBeNull();
    }
  });

  it('choose moves to another scheme’s parameter and its default range', () => {
    tuning.choose(schemes, 'quota', 'haggling.growth');
    expect(tuning.scheme(schemes)?.id).toBe('quota');
    expect(tuning.parameter).toBe('haggling.growth');
    expect([tuning.from, tuning.to]).toEqual([0, 1]);
    tuning.choose(schemes, 'quota', 'rate');
    expect(tuning.parameter).toBe('performancePayShare');
  });

  it('run refuses a grid that makes the scheme invalid, before any worker runs it', async () => {
    tuning.choose(schemes, 'self-set', 'beta');
    tuning.from = 0.05;
    tuning.to = 0.5;
    await tuning.run(session);
    expect(tuning.state).toBe('error');
    expect(tuning.refusal).toMatchObject({ reason: 'scheme', problem: { path: 'gamma' } });
    expect(pool.runs).toBe(0);
  });

  it('a sweep keeps the reps and data it ran on, so other data later can be told apart', async () => {
    tuning.points = 3;
    await tuning.run(session);
    expect(tuning.result?.reps).toBe(reps);
    expect(tuning.result?.data).toEqual({ kind: 'history', source: 'orders.csv' });
  });

  it('checkSweep refuses a From below the field’s limit, as the field itself does', () => {
    expect(checkSweep(schemes[0], 'rate', [-0.05, 0.1, 5], percent)).toEqual({ reason: 'from' });
    expect(checkSweep(schemes[0], 'rate', [0.01, 11, 5], percent)).toEqual({ reason: 'to' });
    expect(checkSweep(schemes[0], 'rate', [0.01, 0.1, 2], percent)).toEqual({ reason: 'points' });
    expect(checkSweep(schemes[0], 'rate', [0.1, 0.01, 5], percent)).toEqual({ reason: 'order' });
    expect(checkSweep(schemes[0], 'rate', [0, 0.1, 5], percent)).toBeNull();
  });

  it('checkSweep names the first grid value the scheme refuses, without a limit', () => {
    const refusal = checkSweep(schemes[0], 'rate', [-0.05, 0.1, 4]);
    expect(refusal).toMatchObject({ reason: 'scheme', value: -0.05, problem: { path: 'beta' } });
  });

  it('checkSweep refuses to sweep the rate of a scheme whose rates are 0', () => {
    expect(checkSweep(selfSet(0), 'rate', [0.01, 0.1, 5])).toEqual({ reason: 'zeroRate' });
  });

  it('run refuses a sweep too big for memory at once, naming its grid values', async () => {
    const many = { ...(session as object), settings: { seed: 9, trials: 1_000_000 } } as never;
    tuning.points = 41;
    await tuning.run(many);

    expect(pool.runs).toBe(0);
    expect(tuning.state).toBe('error');
    expect(tuning.errorCode).toMatchObject({ code: 'sweepTooBig', params: { values: 41 } });
    expect(tuning.error).toContain('for each of 41 values');
    expect(tuning.error).toContain('Sweep fewer grid points');
  });

  it('run from −5% refuses and clears the previous sweep, which no longer matches', async () => {
    tuning.points = 3;
    await tuning.run(session);
    expect(tuning.result).not.toBeNull();
    tuning.from = -0.05;
    await tuning.run(session, percent);

    expect(tuning.state).toBe('error');
    expect(tuning.refusal).toEqual({ reason: 'from' });
    expect(tuning.result).toBeNull();
    expect(tuning.solution).toBeNull();
    expect(pool.runs).toBe(1);
  });

  it('run clears the previous sweep and its pay per rep when the workers fail', async () => {
    tuning.points = 3;
    await tuning.run(session);
    await tuning.payPerRep(reps, 0.05);
    expect(tuning.perRep).not.toBeNull();
    pool.failure = new Error('worker gone');
    await tuning.run(session);

    expect(tuning.state).toBe('error');
    expect(tuning.errorCode?.code).toBe('workerThrew');
    expect(tuning.result).toBeNull();
    expect(tuning.perRep).toBeNull();
  });

  it('payPerRep gives each rep the expected pay of a full run, within the error', async () => {
    tuning.points = 3;
    await tuning.run(session);
    await tuning.payPerRep(reps, 0.05);

    const plan = makePlan({ seed: 9, trials: 1000, schemes: [selfSet(0.05, 'none')] }, reps);
    const full = runInProcess(plan, reps, 'self-set').schemes[0].perRep;
    tuning.perRep!.rows.forEach((row, r) => {
      expect(row.id).toBe(reps[r].id);
      expect(row.p5).toBeLessThan(row.p50);
      expect(row.p50).toBeLessThan(row.p95);
      const se = Math.hypot(row.se, full[r].payout.se);
      expect(Math.abs(row.mean - full[r].payout.mean)).toBeLessThanOrEqual(4 * se);
    });
  });
});
