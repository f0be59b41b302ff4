import { describe, expect, it } from 'vitest';
import type { RepModel } from '../../../src/lib/engine';
import { setCurrency } from '../../../src/lib/i18n/i18n.svelte';
import { screenResultsUnit } from '../../../src/lib/state/screenResultsUnit';

const reps = (): RepModel[] => [
  { id: 'a', name: 'A', mean: [1], sigma: 0.2, historyPeriods: 12, thin: false },
];

describe('the unit a screen’s own results read in', () => {
  it('is that of the data in use, picked since or not, for results of the reps in use', () => {
    const inUse = reps();
    setCurrency('EUR');
    expect(screenResultsUnit({ reps: inUse, unit: 'CNY' }, inUse)).toBe('EUR');
  });

  it('is the one their data were counted in for results of other reps', () => {
    setCurrency('USD');
    expect(screenResultsUnit({ reps: reps(), unit: 'CNY-10k' }, reps())).toBe('CNY-10k');
    expect(screenResultsUnit({ reps: reps(), unit: 'CNY' }, null)).toBe('CNY');
  });

  it('is none without results', () => {
    expect(screenResultsUnit(null, reps())).toBeNull();
  });
});
