import { describe, expect, it } from 'vitest';
import type { RunSummary, SchemeSummary } from '../../../src/lib/engine/types';
import { metricNames, summaryRows } from '../../../src/lib/charts/summary/rows';

function scheme(id: string, base: number): SchemeSummary {
  const est = (mean: number, se: number) => ({ mean, se });
  return {
    id,
    label: id,
    kind: 'truth-telling',
    payout: { mean: base, se: 2, p5: base - 30, p50: base + 1, p95: base + 40 },
    sales: est(10 * base, 20),
    payoutShareOfSales: est(0.1, 0.001),
    targetMape: est(0.2, 0.01),
    targetBias: est(-0.05, 0.004),
    hitRate: est(0.5, 0.02),
    targetWithin: est(0.3, 0.01),
    perRep: [],
  };
}

const summary: RunSummary = {
  seed: 1,
  trials: 100,
  reps: 3,
  periods: 4,
  schemes: [scheme('self-set', 100), scheme('quota', 120)],
  differences: [
    {
      id: 'quota',
      baseline: 'self-set',
      payout: { mean: 20, se: 0.5 },
      sales: { mean: 200, se: 3 },
      payoutShareOfSales: { mean: 0, se: 0.0001 },
      targetMape: { mean: 0.1, se: 0.002 },
      hitRate: { mean: -0.2, se: 0.01 },
      targetWithin: { mean: 0.05, se: 0.003 },
    },
  ],
  payoutSamples: [],
  sampleSales: new Float64Array(),
  samplePayout: [],
};

describe('summaryRows', () => {
  const rows = summaryRows(summary);
  const row = (metric: string) => rows.find((r) => r.metric === metric)!;

  it('summaryRows has one row per metric in the agreed order', () => {
    expect(rows.map((r) => r.metric)).toEqual([...metricNames]);
  });

  it('summaryRows gives means a 95% interval of 1.96 standard errors', () => {
    expect(row('payoutMean').cells[1]).toEqual({ value: 120, halfWidth: 1.959963984540054 * 2 });
    expect(row('hitRate').cells[0].halfWidth).toBeCloseTo(1.96 * 0.02, 4);
  });

  it('summaryRows shows quantiles and the standard error without an interval', () => {
    expect(row('payoutSe').cells[0]).toEqual({ value: 2, halfWidth: null });
    expect(row('payoutP5').cells[0]).toEqual({ value: 70, halfWidth: null });
    expect(row('payoutP95').cells[1]).toEqual({ value: 160, halfWidth: null });
  });

  it('summaryRows fills the paired difference only where the engine keeps one', () => {
    expect(row('payoutMean').differences[0]?.value).toBe(20);
    expect(row('salesMean').differences[0]?.halfWidth).toBeCloseTo(1.96 * 3, 3);
    expect(row('targetWithin').cells[0].value).toBe(0.3);
    expect(row('targetWithin').differences[0]?.value).toBe(0.05);
    for (const metric of ['payoutSe', 'payoutP5', 'payoutP50', 'payoutP95', 'targetBias']) {
      expect(row(metric).differences).toEqual([null]);
    }
  });

  it('summaryRows formats money in the currency and ratios as percentages', () => {
    for (const metric of metricNames.filter(
      (m) => m.startsWith('payout') && m !== 'payoutShareOfSales',
    ))
      expect(row(metric).kind).toBe('money');
    expect(row('salesMean').kind).toBe('money');
    expect(row('targetBias').kind).toBe('percent');
  });
});
