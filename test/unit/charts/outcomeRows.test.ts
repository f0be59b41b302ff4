import { describe, expect, it } from 'vitest';
import { outcomeNames, outcomeRows, withoutInterval } from '../../../src/lib/charts/outcomes/rows';
import { z95 } from '../../../src/lib/charts/summary/rows';
import {
  blockCount,
  makePlan,
  runInProcess,
  selfSet,
  simulateBlock,
  type Scheme,
} from '../../../src/lib/engine';
import { outcomes, type Outcomes } from '../../../src/lib/engine/sweep';
import { rep } from '../engine/helpers';
import type { RunSummary } from '../../../src/lib/engine/types';

const e = (mean: number, se = 1) => ({ mean, se });
const scheme = (id: string, k: number) => ({
  id,
  payout: { ...e(100 * k), p5: 0, p50: 0, p95: 0 },
  sales: e(1000 * k),
  payoutShareOfSales: e(0.1 * k),
  targetMape: e(0.2 * k),
  hitRate: e(0.5 * k),
  targetWithin: e(0.3 * k),
});
const summary = {
  reps: 3,
  schemes: [scheme('a', 1), scheme('b', 2)],
  differences: [
    {
      id: 'b',
      baseline: 'a',
      payout: e(100),
      sales: e(1000),
      payoutShareOfSales: e(0.1),
      targetMape: e(0.2),
      hitRate: e(0.5),
      targetWithin: e(0.25),
    },
  ],
} as unknown as RunSummary;
const extra: Outcomes = {
  schemes: ['a', 'b'].map((id, k) => ({
    id,
    otherCosts: e(0, 0),
    profit: e(200 * (k + 1)),
    planningCost: e(0.03),
    repUtility: e(50),
    payRateSpread: e(0.1, Number.NaN),
  })),
  differences: [
    {
      id: 'b',
      baseline: 'a',
      otherCosts: e(0, 0),
      profit: e(200),
      planningCost: e(0),
      repUtility: e(0),
      payRateSpread: e(0),
    },
  ],
};

describe('outcomeRows', () => {
  it('outcomeRows takes every metric, in order, from the summary or the outcomes', () => {
    const rows = outcomeRows(summary, extra);
    expect(rows.map((r) => r.metric)).toEqual(outcomeNames);
    const value = (metric: string, i: number) => rows.find((r) => r.metric === metric)?.cells[i];

    expect(value('sales', 1)).toEqual({ value: 2000, halfWidth: z95 });
    expect(value('costOfSales', 0)?.value).toBe(0.1);
    expect(value('targetWithin', 1)?.value).toBe(0.6);
    expect(rows.find((r) => r.metric === 'targetWithin')?.differences[0]?.value).toBe(0.25);
    expect(value('profit', 1)?.value).toBe(400);
    expect(rows.find((r) => r.metric === 'profit')?.differences[0]?.value).toBe(200);
  });

  it('outcomeRows leaves the outcomes pending until they are computed', () => {
    const rows = outcomeRows(summary, null);
    expect(rows.find((r) => r.metric === 'payout')?.cells[0]?.value).toBe(100);
    expect(rows.find((r) => r.metric === 'profit')?.cells).toEqual([null, null]);
  });

  it('outcomeRows shows no interval where the standard error is unknown', () => {
    const spread = outcomeRows(summary, extra).find((r) => r.metric === 'payRateSpread');
    expect(spread?.cells[0]).toEqual({ value: 0.1, halfWidth: null });
  });

  it('outcomeRows reads a figure the engine could not compute as not defined, with no interval', () => {
    const none = { mean: Number.NaN, se: Number.NaN };
    const undefinedSpread = {
      ...extra,
      schemes: extra.schemes.map((s) => ({ ...s, payRateSpread: none })),
      differences: extra.differences.map((d) => ({ ...d, payRateSpread: none })),
    };
    const spread = outcomeRows(summary, undefinedSpread).find((r) => r.metric === 'payRateSpread');
    expect(spread?.cells.map((c) => c?.value)).toEqual([Number.NaN, Number.NaN]);
    expect(spread?.cells[0]?.halfWidth).toBeNull();
    expect(spread?.differences[0]?.value).toBeNaN();
  });

  it('outcomeRows says which way is better for the company', () => {
    const better = Object.fromEntries(outcomeRows(summary, extra).map((r) => [r.metric, r.better]));
    expect(better).toMatchObject({
      profit: 'higher',
      payout: 'lower',
      planningCost: 'lower',
      targetWithin: 'higher',
    });
  });
});

describe('withoutInterval', () => {
  const reps = [rep('a', [100, 120], 0.2), rep('b', [300, 250], 0.2), rep('c', [50, 60], 0.2)];
  const schemes: Scheme[] = [{ ...selfSet(0.05, 'none'), id: 'essay' }];
  function rowsOf(trials: number) {
    const plan = makePlan({ seed: 7, trials, schemes }, reps);
    const blocks = Array.from({ length: blockCount(plan) }, (_, b) => simulateBlock(plan, b));
    const run = runInProcess(plan, reps, 'essay');
    const economics = { margin: 0.3, overCost: 0.1, underCost: 0.25, riskAversion: 1 };
    return outcomeRows(run, outcomes(plan, blocks, 'essay', economics));
  }

  it('names the outcomes measured across reps when one block of trials gives them no interval', () => {
    const rows = rowsOf(100);
    expect(withoutInterval(rows, 100)).toEqual(['repUtility', 'payRateSpread']);
    rows
      .filter((r) => r.metric !== 'repUtility' && r.metric !== 'payRateSpread')
      .forEach((r) => expect(r.cells[0]?.halfWidth).toBeGreaterThan(0));
  });

  it('leaves out a row whose only figure without an interval is a scheme that has none', () => {
    // A menu of contracts sets no target: its target error, share within ±10% and the rest
    // are no figure ('–'), not a figure whose interval the short run lacks.
    const menu: Scheme = {
      kind: 'linear-menu',
      id: 'menu',
      label: 'menu',
      options: [
        { fixed: 20, rate: 0 },
        { fixed: 0, rate: 0.05 },
      ],
    };
    const plan = makePlan({ seed: 7, trials: 100, schemes: [...schemes, menu] }, reps);
    const blocks = Array.from({ length: blockCount(plan) }, (_, b) => simulateBlock(plan, b));
    const run = runInProcess(plan, reps, 'essay');
    const economics = { margin: 0.3, overCost: 0.1, underCost: 0.25, riskAversion: 1 };
    const rows = outcomeRows(run, outcomes(plan, blocks, 'essay', economics));
    expect(rows.find((r) => r.metric === 'targetMape')?.cells[1]?.value).toBeNaN();
    expect(withoutInterval(rows, 100)).toEqual(['repUtility', 'payRateSpread']);
  });

  it('names none once a second block gives every row its interval', () => {
    const rows = rowsOf(200);
    expect(withoutInterval(rows, 200)).toEqual([]);
    rows.forEach((r) => expect(r.cells[0]?.halfWidth).toBeGreaterThan(0));
  });

  it('widens the intervals measured between two blocks to Student’s t with one degree', () => {
    const plan = makePlan({ seed: 7, trials: 200, schemes }, reps);
    const blocks = Array.from({ length: blockCount(plan) }, (_, b) => simulateBlock(plan, b));
    const economics = { margin: 0.3, overCost: 0.1, underCost: 0.25, riskAversion: 1 };
    const { repUtility } = outcomes(plan, blocks, 'essay', economics).schemes[0];
    const row = rowsOf(200).find((r) => r.metric === 'repUtility');
    // tan(0.475π): the 97.5% point of Student's t with one degree of freedom.
    expect(repUtility.se).toBeGreaterThan(0);
    expect((row?.cells[0]?.halfWidth ?? 0) / repUtility.se).toBeCloseTo(
      Math.tan(0.475 * Math.PI),
      3,
    );
  });
});
