import { describe, expect, it } from 'vitest';
import { chooseGrain } from '../../../src/lib/data/grain';

describe('chooseGrain', () => {
  it('chooseGrain takes months from six calendar months on', () => {
    expect(chooseGrain({ months: 6, days: 160, monthly: false, quarterly: false })).toBe('month');
    expect(chooseGrain({ months: 5, days: 150, monthly: false, quarterly: false })).toBe('week');
  });

  it('chooseGrain takes weeks from six weeks (42 days) on, else days', () => {
    expect(chooseGrain({ months: 2, days: 42, monthly: false, quarterly: false })).toBe('week');
    expect(chooseGrain({ months: 2, days: 41, monthly: false, quarterly: false })).toBe('day');
    expect(chooseGrain({ months: 1, days: 1, monthly: false, quarterly: false })).toBe('day');
  });

  it('chooseGrain takes months whatever the span when every date is a month', () => {
    expect(chooseGrain({ months: 2, days: 32, monthly: true, quarterly: false })).toBe('month');
    expect(chooseGrain({ months: 5, days: 121, monthly: true, quarterly: false })).toBe('month');
  });

  it('chooseGrain takes quarters whenever the dates are quarterly, even over years', () => {
    expect(chooseGrain({ months: 34, days: 1006, monthly: true, quarterly: true })).toBe('quarter');
    expect(chooseGrain({ months: 7, days: 190, monthly: false, quarterly: true })).toBe('quarter');
  });
});
