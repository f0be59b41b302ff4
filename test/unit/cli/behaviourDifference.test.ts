import { describe, expect, it } from 'vitest';
import { behaviourJson } from '../../../src/cli/behaviourJson';
import { behaviourReport } from '../../../src/cli/behaviourReport';
import type { BehaviourSummary } from '../../../src/lib/engine/behaviour/types';

const e = (mean: number, se = 0.1) => ({ mean, se });

/** A scheme's behaviour figures; only the rep utility differs between the two used here. */
function scheme(id: string, utility: number) {
  return {
    id,
    modelled: true,
    bossDrawnOnce: false,
    effort: [0.1],
    lift: [1.02],
    stance: [NaN],
    extraSales: e(2),
    sales: e(1000),
    baseSales: e(998),
    shiftCost: e(0, 0),
    effortCost: 0.2,
    hagglingCost: 0,
    payout: e(50),
    costOfSales: e(0.05, 0.001),
    pulled: e(1),
    pushed: e(1),
    gaveUp: e(0, 0),
    openingGap: NaN,
    planningCost: e(30),
    profit: e(170),
    repUtility: e(utility, Number.isNaN(utility) ? NaN : 0.1),
  };
}

// The draws give the paired difference a number even where one utility is not computable.
const summary = {
  strategicReps: 1,
  naiveReps: 0,
  years: 1,
  periodsPerYear: 4,
  strategic: [true],
  settings: {},
  schemes: [scheme('self-set', 1321), scheme('quota', NaN)],
  differences: [
    {
      id: 'self-set',
      baseline: 'quota',
      extraSales: e(0.5),
      planningCost: e(-3),
      profit: e(4),
      repUtility: e(-6.45, 0.144),
    },
  ],
} as unknown as BehaviourSummary;

describe('behaviour differences against a figure that is missing', () => {
  it('behaviourReport prints – for the difference, not a number, and keeps the others', () => {
    const row = behaviourReport(summary)
      .split('\n')
      .find((line) => line.startsWith('self-set − quota'));
    const cells = row?.trim().split(/ {2,}/);
    expect(cells?.at(-1)).toBe('–');
    expect(cells?.[3]).toBe('+4 ± 0.1');
  });

  it('behaviourJson gives null for that difference and numbers for the others', () => {
    const difference = behaviourJson(summary).difference['self-set'];
    expect(difference.repUtility).toEqual({ mean: null, se: null });
    expect(difference.profit).toEqual({ mean: 4, se: 0.1 });
  });
});
