import { describe, expect, it } from 'vitest';
import { ratchetGeometry, type RatchetPath } from '$lib/charts/behaviour/ratchet/geometry';
import { ratchetPaths } from '$lib/components/behaviour/ratchetPaths';
import { DEFAULT_HAGGLING } from '$lib/engine/constants';
import { DEFAULT_BEHAVIOUR } from '$lib/engine/behaviour/constants';
import type { HaggledQuotaScheme, RepModel } from '$lib/engine/types';

const quota: HaggledQuotaScheme = {
  kind: 'haggled-quota',
  id: 'quota',
  label: 'quota',
  performancePayShare: 0.05,
  excessRate: 0.005,
  haggling: { ...DEFAULT_HAGGLING },
};
const rep: RepModel = {
  id: 'a',
  name: 'A',
  mean: [100, 140, 90, 120],
  sigma: 0.2,
  historyPeriods: 12,
  thin: false,
};

describe('ratchetPaths', () => {
  it('ratchetPaths covers exactly the years the run covers, no more', () => {
    for (const years of [1, 2, 5]) {
      const settings = { ...DEFAULT_BEHAVIOUR, ratchet: { ...DEFAULT_BEHAVIOUR.ratchet, years } };
      for (const path of ratchetPaths(rep, quota, settings, 3, 20)) {
        expect(path.quota).toHaveLength(years);
        expect(path.sales).toHaveLength(years);
      }
    }
  });

  it('ratchetPaths keeps the quota of every year without a ratchet and moves it with one', () => {
    const threeYears = {
      ...DEFAULT_BEHAVIOUR,
      ratchet: { ...DEFAULT_BEHAVIOUR.ratchet, years: 3 },
    };
    const paths = ratchetPaths(rep, quota, threeYears, 3, 200);
    expect(paths.map((p) => p.kind)).toEqual(['none', 'even', 'yours']);
    const none = paths[0];
    expect(none.quota).toHaveLength(3);
    expect(none.quota[1]).toBeCloseTo(none.quota[0], 9);
    expect(none.quota[2]).toBeCloseTo(none.quota[0], 9);
    expect(Math.abs(paths[2].quota[1] - paths[2].quota[0])).toBeGreaterThan(0.1);
    expect(paths[1].up).toBeCloseTo(
      (DEFAULT_BEHAVIOUR.ratchet.up + DEFAULT_BEHAVIOUR.ratchet.down) / 2,
      12,
    );
  });
});

describe('ratchetGeometry', () => {
  it('ratchetGeometry draws a point per year on a scale that keeps the values in order', () => {
    const path: RatchetPath = {
      kind: 'none',
      up: 0,
      down: 0,
      quota: [100, 110, 120],
      sales: [90, 95, 99],
    };
    const g = ratchetGeometry([path], 500, 300);
    const points = g.lines[0].points;
    expect(points.map((p) => p.year)).toEqual([1, 2, 3]);
    expect(points[0].yQuota).toBeGreaterThan(points[2].yQuota);
    expect(points[0].ySales).toBeGreaterThan(points[0].yQuota);
    expect(g.lines[0].quota.startsWith('M')).toBe(true);
  });
});
