import { describe, expect, it } from 'vitest';
import { chooseGrain } from '../../../src/lib/data/grain';

describe('chooseGrain', () => {
  it('chooseGrain takes months from six calendar months on', () => {
    expect(chooseGrain({ months: 6, days: 160 })).toBe('month');
    expect(chooseGrain({ months: 5, days: 150 })).toBe('week');
  });

  it('chooseGrain takes weeks from six weeks (42 days) on, else days', () => {
    expect(chooseGrain({ months: 2, days: 42 })).toBe('week');
    expect(chooseGrain({ months: 2, days: 41 })).toBe('day');
    expect(chooseGrain({ months: 1, days: 1 })).toBe('day');
  });
});
