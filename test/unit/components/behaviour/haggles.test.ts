import { describe, expect, it } from 'vitest';
import { haggles } from '../../../../src/lib/components/behaviour/haggles';

describe('haggles', () => {
  it('is false when no rep took an opening stance, as under a self-set target', () => {
    expect(haggles({ stance: [NaN, NaN, NaN] })).toBe(false);
  });

  it('is true when any rep haggled, even if naive reps beside them did not', () => {
    expect(haggles({ stance: [NaN, 0.12, NaN] })).toBe(true);
    expect(haggles({ stance: [0] })).toBe(true);
  });
});
