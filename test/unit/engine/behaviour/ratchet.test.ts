import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ratchet, ratchetStep } from '$lib/engine/behaviour/ratchet';
import { FAST_CHECK } from '../helpers';

describe('ratchet', () => {
  it('moves the quota by up·(Y − Q) after a beat and down·(Y − Q) after a miss', () => {
    expect(ratchet(100, 130, 0.5, 0.2)).toBeCloseTo(115, 12);
    expect(ratchet(100, 70, 0.5, 0.2)).toBeCloseTo(94, 12);
    expect(ratchet(100, 100, 0.5, 0.2)).toBe(100);
  });

  it('rises more after a beat than it falls after a miss of the same size when up > down', () => {
    const cases = fc.record({
      quota: fc.double({ min: 1, max: 1000, noNaN: true }),
      gap: fc.double({ min: 0.01, max: 500, noNaN: true }),
      down: fc.double({ min: 0, max: 0.5, noNaN: true }),
      extra: fc.double({ min: 0.01, max: 0.5, noNaN: true }),
    });
    fc.assert(
      fc.property(cases, ({ quota, gap, down, extra }) => {
        const up = down + extra;
        const rise = ratchetStep(quota, quota + gap, up, down);
        const fall = -ratchetStep(quota, quota - gap, up, down);
        expect(rise).toBeGreaterThan(fall);
      }),
      FAST_CHECK,
    );
  });
});
