import { describe, expect, it } from 'vitest';
import { differenceGeometry } from '../../../src/lib/charts/differences/geometry';
import type { Tick } from '../../../src/lib/charts/frame';
import { heatmapGeometry } from '../../../src/lib/charts/heatmap/geometry';
import { histogramGeometry } from '../../../src/lib/charts/histogram/geometry';
import type { OutcomeRow } from '../../../src/lib/charts/outcomes/rows';
import { payoffGeometry } from '../../../src/lib/charts/payoff/geometry';
import { sweepPanel } from '../../../src/lib/charts/sweep/geometry';
import { curveGeometry } from '../../../src/lib/components/schemes/curveGeometry';
import { selfSet } from '../../../src/lib/engine';
import { payoffCurve } from '../../../src/lib/engine/sweep';

// A chart on a 375 px phone is about 300 px wide; labels such as "1.02M" or "+20.0%" are 30 to
// 45 px wide, so ticks closer than 40 px run their labels together; whole amounts ("100,000")
// need 60.

const gaps = (ticks: Tick[]) => ticks.slice(1).map((t, i) => t.position - ticks[i].position);
const closest = (ticks: Tick[]) => Math.min(...gaps(ticks));

function row(metric: OutcomeRow['metric'], base: number, change: number): OutcomeRow {
  return {
    metric,
    kind: 'money',
    better: 'higher',
    cells: [
      { value: base, halfWidth: 1 },
      { value: base * (1 + change), halfWidth: 1 },
    ],
    differences: [{ value: base * change, halfWidth: base * 0.05 }],
  };
}

const payouts = Float64Array.from({ length: 400 }, (_, i) => 1_000_000 + 400 * i);
const belief = { logMu: Math.log(100_000), logSigma: 0.2 };
const e = (mean: number) => ({ mean, se: 1 });
const sweep = [0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08].map((value) => ({
  value,
  payout: e(value * 1000),
  sales: e(500),
  share: e(value * 2),
  mape: e(0.15),
  within: e(0.4),
  hitRate: e(0.5),
}));

const charts: [string, (width: number) => Tick[]][] = [
  [
    'the forest plot',
    (w) =>
      differenceGeometry([row('profit', 200, -0.6), row('payout', 100, 0.6)], 0, w, 300).xTicks,
  ],
  ['the payout histogram', (w) => histogramGeometry([{ id: 'a', values: payouts }], w, 300).xTicks],
  [
    'the pay curve',
    (w) =>
      payoffGeometry(payoffCurve(selfSet(0.05, 'none'), belief), belief, 90_000, w, 300).xTicks,
  ],
  ['the pay heat map', (w) => heatmapGeometry((x, y) => x - y, [0, 140_000], 10, w, 300).xTicks],
  ['a sweep panel', (w) => sweepPanel(sweep, 'payout', w, 200, {}).xTicks],
];

const sales = Float64Array.from({ length: 201 }, (_, k) => 700 * k);
const curve = { id: 'a', pay: sales.map((y) => 0.05 * y), target: 50_000 };

describe('axis ticks on a phone', () => {
  it('the forest plot spaces wide labels such as "-200.0%" 50 px apart and keeps 0', () => {
    const rows = [row('profit', 200, -2.2), row('payout', 100, 2.2)];
    const narrow = differenceGeometry(rows, 0, 313, 300).xTicks;
    expect(closest(narrow)).toBeGreaterThanOrEqual(50);
    expect(narrow.map((t) => t.value)).toContain(0);
    expect(differenceGeometry(rows, 0, 900, 300).xTicks.length).toBeGreaterThan(narrow.length);
  });

  it("the schemes editor's pay curve spaces its whole-amount sales labels 60 px apart", () => {
    const narrow = curveGeometry(sales, [curve], 300, 320).xTicks;
    expect(closest(narrow)).toBeGreaterThanOrEqual(60);
    expect(curveGeometry(sales, [curve], 900, 320).xTicks.length).toBeGreaterThan(narrow.length);
  });

  for (const [name, ticks] of charts) {
    it(`${name} spaces its x labels 40 px apart when 300 px wide, more when wide`, () => {
      const narrow = ticks(300);
      expect(narrow.length).toBeGreaterThanOrEqual(2);
      expect(closest(narrow)).toBeGreaterThanOrEqual(40);
      expect(ticks(900).length).toBeGreaterThan(narrow.length);
    });
  }
});
