import { describe, expect, it } from 'vitest';
import { DEFAULT_HAGGLING } from '$lib/engine/constants';
import { blockCount, makePlan } from '$lib/engine/plan';
import { quantileSorted } from '$lib/engine/quantile';
import { runInProcess } from '$lib/engine/runInProcess';
import { selfSet } from '$lib/engine/schemes/selfSet';
import { simulateBlock } from '$lib/engine/simulate';
import { summarize } from '$lib/engine/summarize';
import type { BlockResult, HaggledQuotaScheme, SimPlan } from '$lib/engine/types';
import { rep } from './helpers';

const quota: HaggledQuotaScheme = {
  kind: 'haggled-quota',
  id: 'quota',
  label: 'quota',
  performancePayShare: 0.05,
  excessRate: 0.005,
  haggling: { ...DEFAULT_HAGGLING },
};
const reps = [
  rep('a', [100, 80, 120], 0.3),
  rep('b', [60, 90, 70], 0.1),
  rep('c', [10, 5, 0], 0.8),
];
const schemes = [selfSet(0.05), selfSet(0.05, 'none', { id: 'none' }), quota];
const plan = makePlan({ seed: 77, trials: 1234, schemes }, reps);

/** Blocks as k workers would make them: worker w takes blocks w, w + k, …, in any order. */
function byWorkers(p: SimPlan, workers: number): BlockResult[] {
  const out: BlockResult[] = [];
  for (let w = workers - 1; w >= 0; w--) {
    for (let b = w; b < blockCount(p); b += workers) out.push(simulateBlock(p, b));
  }
  return out;
}

describe('summarize', () => {
  const reference = runInProcess(plan, reps, 'quota');

  it('summarize is bit-identical for the same seed, whatever the number of workers', () => {
    expect(runInProcess(plan, reps, 'quota')).toStrictEqual(reference);
    for (const workers of [2, 3, 7, 13]) {
      expect(summarize(plan, byWorkers(plan, workers), reps, 'quota')).toStrictEqual(reference);
    }
  });

  it('summarize changes with the seed', () => {
    const other = runInProcess({ ...plan, seed: 78 }, reps, 'quota');
    expect(other.schemes[0].payout.mean).not.toBe(reference.schemes[0].payout.mean);
  });

  it('summarize reports exact type-7 quantiles of the per-trial payouts', () => {
    reference.schemes.forEach((s, k) => {
      const sorted = Array.from(reference.payoutSamples[k]).sort((a, b) => a - b);
      expect(s.payout.p5).toBe(quantileSorted(sorted, 0.05));
      expect(s.payout.p50).toBe(quantileSorted(sorted, 0.5));
      expect(s.payout.p95).toBe(quantileSorted(sorted, 0.95));
    });
    expect(reference.payoutSamples[0].length).toBe(1234);
  });

  it('summarize adds per-rep payouts up to the total and pairs differences on the draws', () => {
    for (const s of reference.schemes) {
      const byRep = s.perRep.reduce((sum, r) => sum + r.payout.mean, 0);
      expect(byRep).toBeCloseTo(s.payout.mean, 9);
    }
    const [essay, none, q] = reference.schemes;
    const [dEssay, dNone] = reference.differences;
    expect(reference.differences.map((d) => d.id)).toEqual(['self-set', 'none']);
    expect(dEssay.payout.mean).toBeCloseTo(essay.payout.mean - q.payout.mean, 9);
    expect(dNone.payoutShareOfSales.mean).toBeCloseTo(
      none.payoutShareOfSales.mean - q.payoutShareOfSales.mean,
      12,
    );
    expect(dEssay.sales).toEqual({ mean: 0, se: 0 });
  });

  it('summarize of the first blocks gives a partial summary over their trials', () => {
    const partial = summarize(
      plan,
      [simulateBlock(plan, 1), simulateBlock(plan, 0)],
      reps,
      'quota',
    );
    expect(partial.trials).toBe(200);
    expect(partial.sampleSales).toStrictEqual(reference.sampleSales);
  });

  it('summarize refuses gaps, foreign blocks and an unknown baseline', () => {
    const b0 = simulateBlock(plan, 0);
    expect(() => summarize(plan, [b0, simulateBlock(plan, 2)], reps, 'quota')).toThrow(RangeError);
    expect(() => summarize(plan, [], reps, 'quota')).toThrow(RangeError);
    expect(() => summarize(plan, [b0], reps, 'nope')).toThrow(RangeError);
    expect(() => summarize(plan, [b0], reps.slice(1), 'quota')).toThrow(RangeError);
  });

  it('summarize standard errors match the spread of estimates across independent runs', () => {
    // 200 runs of 400 trials; the sd of 200 estimates is itself known to about ±5%, so
    // the mean reported se must be within 20% (4 of those errors) of the observed spread.
    const small = { ...plan, trials: 400 };
    const runs = Array.from({ length: 200 }, (_, k) =>
      runInProcess({ ...small, seed: k }, reps, 'quota'),
    );
    const pick: [string, (s: (typeof runs)[0]) => { mean: number; se: number }][] = [
      ['payout', (s) => s.schemes[0].payout],
      ['share', (s) => s.schemes[2].payoutShareOfSales],
      ['rep payout', (s) => s.schemes[1].perRep[2].payout],
      ['paired difference', (s) => s.differences[0].payout],
      ['share difference', (s) => s.differences[1].payoutShareOfSales],
      ['hit rate', (s) => s.schemes[0].hitRate],
    ];
    for (const [, get] of pick) {
      const means = runs.map((r) => get(r).mean);
      const avg = means.reduce((a, b) => a + b, 0) / means.length;
      const spread = Math.sqrt(means.reduce((a, m) => a + (m - avg) ** 2, 0) / (means.length - 1));
      const reported = runs.reduce((a, r) => a + get(r).se, 0) / runs.length;
      expect(Math.abs(reported / spread - 1)).toBeLessThan(0.2);
    }
  });
});
