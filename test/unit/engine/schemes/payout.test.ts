import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atMostOne, positivePart } from '$lib/engine/schemes/payout';
import { FAST_CHECK } from '../helpers';

// Doubles of every magnitude and both zeros, below the overflow bound payout.ts states.
const moderate = fc.double({ min: -1e300, max: 1e300, noNaN: true });
const ratio = fc.double({ min: -1e15, max: 2 ** 53, noNaN: true });

describe('branch-free max and min', () => {
  it('positivePart(d) is Math.max(0, d) bit for bit, signed zeros included', () => {
    fc.assert(
      fc.property(moderate, (d) => Object.is(positivePart(d), Math.max(0, d))),
      FAST_CHECK,
    );
    for (const d of [0, -0, Number.MIN_VALUE, -Number.MIN_VALUE, 1, -1]) {
      expect(Object.is(positivePart(d), Math.max(0, d))).toBe(true);
    }
  });

  it('atMostOne(r) is Math.min(1, r) bit for bit up to 2^53, around 1 and 2 too', () => {
    fc.assert(
      fc.property(ratio, (r) => Object.is(atMostOne(r), Math.min(1, r))),
      FAST_CHECK,
    );
    const edges = [0, -0, 1, 2, 2 ** 53, 1 - 2 ** -53, 1 + 2 ** -52, 2 - 2 ** -52, 2 + 2 ** -51];
    for (const r of edges) expect(Object.is(atMostOne(r), Math.min(1, r))).toBe(true);
  });

  it('both pass NaN through like Math.max and Math.min', () => {
    expect(positivePart(NaN)).toBeNaN();
    expect(atMostOne(NaN)).toBeNaN();
  });
});
