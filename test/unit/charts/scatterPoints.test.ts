import { describe, expect, it } from 'vitest';
import type { RunSummary, SchemeSummary } from '../../../src/lib/engine/types';
import { medianAbsoluteError, scatterSeries } from '../../../src/lib/charts/scatter/points';

function scheme(id: string, targets: number[][]): SchemeSummary {
  const est = { mean: 0, se: 0 };
  return {
    id,
    label: id,
    kind: 'truth-telling',
    payout: { ...est, p5: 0, p50: 0, p95: 0 },
    sales: est,
    payoutShareOfSales: est,
    targetMape: est,
    targetBias: est,
    hitRate: est,
    perRep: targets.map((target, r) => ({ id: `r${r}`, name: `Rep ${r}`, payout: est, target })),
  };
}

// Two reps, three periods; sales of rep r in period p are 100·(r + 1) + p.
const summary = {
  seed: 1,
  trials: 1,
  reps: 2,
  periods: 3,
  schemes: [
    scheme('a', [
      [90, 95, 100],
      [210, 200, 190],
    ]),
    scheme('b', [
      [1, 2, 3],
      [4, 5, 6],
    ]),
  ],
  differences: [],
  payoutSamples: [],
  sampleSales: Float64Array.from([100, 101, 102, 200, 201, 202]),
  samplePayout: [],
} satisfies RunSummary;

describe('scatterSeries', () => {
  it('scatterSeries pairs each scheme’s target with the common first-trial sales', () => {
    const [a, b] = scatterSeries(summary);
    expect(a.points).toHaveLength(6);
    expect(a.points[4]).toEqual({ target: 200, actual: 201, rep: 'Rep 1', period: 2 });
    expect(b.points.map((p) => p.actual)).toEqual([100, 101, 102, 200, 201, 202]);
    expect(b.points.map((p) => p.target)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('medianAbsoluteError', () => {
  it('medianAbsoluteError takes the middle of |X − Y| / Y', () => {
    const [a] = scatterSeries(summary);
    // Errors: 10/100, 6/101, 2/102, 10/200, 1/201, 12/202; the middle two are 6/101 and 10/200.
    expect(medianAbsoluteError(a)).toBeCloseTo((6 / 101 + 10 / 200) / 2, 12);
  });

  it('medianAbsoluteError leaves out periods without sales', () => {
    const series = {
      id: 'x',
      points: [
        { target: 5, actual: 0, rep: 'r', period: 1 },
        { target: 110, actual: 100, rep: 'r', period: 2 },
      ],
    };
    expect(medianAbsoluteError(series)).toBeCloseTo(0.1, 12);
    expect(medianAbsoluteError({ id: 'y', points: [] })).toBeNaN();
  });
});
