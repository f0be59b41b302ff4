import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haggledQuotaPay } from '$lib/engine/schemes/haggledQuota';
import { FAST_CHECK } from '../helpers';

const amount = fc.double({ min: 0, max: 1e6, noNaN: true });

describe('haggledQuotaPay', () => {
  it('haggledQuotaPay cuts performance pay in proportion below the quota', () => {
    expect(haggledQuotaPay(5, 0.005, 100, 80)).toBeCloseTo(4, 12);
    expect(haggledQuotaPay(5, 0.005, 100, 0)).toBe(0);
  });

  it('haggledQuotaPay pays in full at the quota and 0.5% of the excess above it', () => {
    expect(haggledQuotaPay(5, 0.005, 100, 100)).toBe(5);
    expect(haggledQuotaPay(5, 0.005, 100, 140)).toBeCloseTo(5.2, 12);
  });

  it('haggledQuotaPay treats a zero quota as met instead of dividing by zero', () => {
    expect(haggledQuotaPay(5, 0.005, 0, 0)).toBe(5);
    expect(haggledQuotaPay(5, 0.005, 0, 10)).toBeCloseTo(5.05, 12);
  });

  it('haggledQuotaPay never rises with the quota: the rep always gains by haggling it down', () => {
    fc.assert(
      fc.property(amount, amount, amount, (q, dq, y) => {
        expect(haggledQuotaPay(5, 0.005, q + dq, y)).toBeLessThanOrEqual(
          haggledQuotaPay(5, 0.005, q, y) + 1e-12,
        );
      }),
      FAST_CHECK,
    );
  });
});
