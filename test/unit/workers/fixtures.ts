import { DEFAULT_HAGGLING } from '../../../src/lib/engine/constants';
import type { RepModel, Scheme } from '../../../src/lib/engine/types';

/** Three reps of different volatility over four quarters, written out by hand. */
export function testReps(): RepModel[] {
  const rep = (id: string, level: number, sigma: number): RepModel => ({
    id,
    name: `Rep ${id}`,
    mean: [0.9, 1.1, 1, 1.05].map((season) => level * season),
    sigma,
    historyPeriods: 12,
    thin: false,
  });
  return [rep('a', 100, 0.2), rep('b', 250, 0.35), rep('c', 60, 0.5)];
}

/** The essay's rule with the default floor and the letter's haggled quota. */
export function testSchemes(): Scheme[] {
  return [
    {
      kind: 'truth-telling',
      id: 'essay',
      label: 'Self-set target',
      alpha: 0,
      beta: 0.05,
      gamma: 0.1,
      floor: 'zero',
      basePay: 0,
    },
    {
      kind: 'haggled-quota',
      id: 'quota',
      label: 'Haggled quota',
      performancePayShare: 0.05,
      excessRate: 0.005,
      haggling: { ...DEFAULT_HAGGLING },
    },
  ];
}
