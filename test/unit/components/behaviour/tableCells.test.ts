import { describe, expect, it } from 'vitest';
import { behaviourReport } from '../../../../src/cli/behaviourReport';
import { rowCells, utilityLosses } from '../../../../src/lib/components/behaviour/tableCells';
import type {
  BehaviourSummary,
  SchemeBehaviourSummary,
} from '../../../../src/lib/engine/behaviour/types';
import { formatNumber, type FormatStyle, type NumberKind } from '../../../../src/lib/i18n/format';

const english = (value: number, kind: NumberKind, style?: FormatStyle) =>
  formatNumber('en', value, kind, 'CNY', style);
const e = (mean: number, se = 0.1) => ({ mean, se });

/** One scheme's figures as a run gives them: every figure there, nothing haggled. */
function scheme(over: Partial<SchemeBehaviourSummary> = {}): SchemeBehaviourSummary {
  return {
    id: 'plan',
    modelled: true,
    bossDrawnOnce: false,
    effort: [0.5],
    lift: [1.04],
    stance: [NaN],
    sales: e(1000),
    baseSales: e(990),
    extraSales: e(10),
    payout: e(50),
    costOfSales: e(0.05, 0.001),
    pulled: e(3),
    pushed: e(4),
    gaveUp: e(0.02, 0.001),
    effortCost: 1,
    hagglingCost: 0,
    openingGap: 0,
    shiftCost: e(0, 0),
    targetWithin: e(0.35, 0.01),
    planningCost: e(30),
    profit: e(170),
    repUtility: e(45),
    ...over,
  } as SchemeBehaviourSummary;
}

describe("the behaviour table's cells", () => {
  it('shows every figure of a modelled scheme, and – only for haggling it did not do', () => {
    const { figures, utility } = rowCells(scheme(), [true], english);
    expect(figures[0]).toBe('4.0%');
    expect(figures[2]).toMatch(/^CN¥10\.0 ± /);
    expect(figures[5]).toMatch(/^CN¥3 ± /);
    expect(figures.slice(8, 10)).toEqual(['–', '–']);
    expect(utility).toMatch(/^CN¥45\.0 ± /);
  });

  it('shows the share of targets within ±10% with its interval, and – for a scheme without', () => {
    // 1.96 × 1% is the half-width.
    expect(rowCells(scheme(), [true], english).figures[10]).toMatch(/^35\.0% ± 2(\.0)?%$/);
    const menu = scheme({ targetWithin: e(NaN, NaN), planningCost: e(NaN, NaN) });
    expect(rowCells(menu, [true], english).figures[10]).toBe('–');
  });

  it('writes – for effort, lift, extra sales and moved deals where the model does not reach', () => {
    const { figures } = rowCells(scheme({ modelled: false }), [true], english);
    // Lift, extra sales, pulled, pushed and gave up: not results of the model.
    for (const c of [0, 2, 5, 6, 7]) expect(figures[c], `column ${c}`).toBe('–');
    // Sales, payout, cost of sales, targets within ±10%, planning cost and profit still are.
    for (const c of [1, 3, 4, 10, 11, 12]) expect(figures[c], `column ${c}`).toMatch(/\d%? ± /);
  });

  it('gives no utility where it is lost, and each reason for it once', () => {
    const ruined = scheme({ repUtility: e(NaN, NaN), utilityLost: 'ruin' });
    const capped = scheme({ repUtility: e(NaN, NaN), utilityLost: 'ceiling' });
    expect(rowCells(ruined, [true], english).utility).toBeNull();
    expect(utilityLosses([scheme(), ruined, ruined])).toEqual(['ruin']);
    expect(utilityLosses([ruined, capped])).toEqual(['ceiling', 'ruin']);
    expect(utilityLosses([scheme()])).toEqual([]);
  });

  it('the command line marks the same figures – and says why under its company view', () => {
    const summary = {
      strategicReps: 1,
      naiveReps: 0,
      years: 1,
      periodsPerYear: 4,
      strategic: [true],
      schemes: [
        scheme({ id: 'menu', modelled: false }),
        scheme({ id: 'quota', repUtility: e(NaN, NaN), utilityLost: 'ruin' }),
      ],
      differences: [],
    } as unknown as BehaviourSummary;
    const lines = behaviourReport(summary).split('\n');
    const menu = lines
      .find((l) => l.startsWith('menu'))
      ?.trim()
      .split(/ {2,}/);
    expect(menu?.slice(1, 7)).toEqual(['–', '–', '–', '–', '–', '–']);
    expect(lines.some((l) => l.startsWith('menu: effort and deal timing are modelled'))).toBe(true);
    expect(lines.some((l) => l.includes("a rep's loss wipes out its wealth"))).toBe(true);
  });
});
