import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  concaveFrom,
  INTERCEPT,
  LEFT,
  PIECES,
  RIGHT,
  SLOPE,
  TABLE_STRIDE,
  writePieces,
} from '$lib/engine/behaviour/payPieces';
import { periodRule, rulePay, type PeriodRule } from '$lib/engine/behaviour/periodRule';
import { ratchetStep } from '$lib/engine/behaviour/ratchet';
import { shiftInput } from '$lib/engine/behaviour/timing';
import { selfSet } from '$lib/engine/schemes/selfSet';
import { FAST_CHECK } from '../helpers';

const RULES: PeriodRule[] = [
  periodRule(selfSet(0.05, 'zero'))!,
  periodRule(selfSet(0.05, 'none'))!,
  periodRule({ ...selfSet(0.04, 'deduct', { basePay: 30 }), alpha: 0.01 })!,
  { kind: 'haggled-quota', excessRate: 0.005 },
  { kind: 'checkpoint', rate: 0.05, every: 3 },
];

const cells = fc.record({
  rule: fc.integer({ min: 0, max: RULES.length - 1 }),
  target: fc.double({ min: 1, max: 500, noNaN: true }),
  fixed: fc.double({ min: 0, max: 50, noNaN: true }),
  cap: fc.option(fc.double({ min: 1, max: 40, noNaN: true }), { nil: Infinity }),
  weight: fc.constantFrom(0, 0.03),
  at: fc.double({ min: -1, max: 3, noNaN: true }),
});

type Cell = typeof cells extends fc.Arbitrary<infer T> ? T : never;

/** The table of a cell, and the pay the rep sees at y computed from the rule directly. */
function setUp(c: Cell) {
  const rule = RULES[c.rule];
  const input = Object.assign(shiftInput(rule), {
    target: c.target,
    fixed: c.fixed,
    cap: c.cap,
    weight: c.weight,
    up: 0.5,
    down: 0.2,
  });
  const table = new Float64Array(TABLE_STRIDE);
  const pieces = writePieces(input, table, 0);
  // A checkpoint's stake is the step the decision adds, so the table leaves it out.
  const fixed = rule.kind === 'checkpoint' ? 0 : c.fixed;
  const viewed = (y: number) =>
    rulePay(rule, c.target, y, fixed, c.cap) - c.weight * ratchetStep(c.target, y, 0.5, 0.2);
  return { table, pieces, viewed };
}

describe('writePieces', () => {
  it('tiles the sales axis with pieces in order, repeating the last one', () => {
    fc.assert(
      fc.property(cells, (c) => {
        const { table, pieces } = setUp(c);
        expect(pieces).toBeGreaterThanOrEqual(2);
        expect(pieces).toBeLessThanOrEqual(PIECES);
        expect(table[LEFT]).toBe(-Infinity);
        for (let j = 1; j < pieces; j++) expect(table[LEFT + j]).toBe(table[RIGHT + j - 1]);
        expect(table[RIGHT + pieces - 1]).toBe(Infinity);
        for (let j = pieces; j < PIECES; j++) {
          for (const field of [LEFT, RIGHT, SLOPE, INTERCEPT]) {
            expect(table[field + j]).toBe(table[field + pieces - 1]);
          }
        }
      }),
      FAST_CHECK,
    );
  });

  it('gives, on each piece, the pay the rep sees: the rule’s pay less the ratchet’s view', () => {
    fc.assert(
      fc.property(cells, (c) => {
        const { table, pieces, viewed } = setUp(c);
        const y = c.target * c.at;
        let j = 0;
        while (j < pieces - 1 && !(y < table[RIGHT + j])) j++;
        // Kinks and the target itself belong to the piece above (pay is closed at its lower end).
        const line = table[SLOPE + j] * y + table[INTERCEPT + j];
        expect(line).toBeCloseTo(viewed(y), 9);
      }),
      { ...FAST_CHECK, numRuns: 500 },
    );
  });
});

describe('concaveFrom', () => {
  it('finds where pay turns concave: at the floor’s kink under the essay’s floor at 0', () => {
    const { table } = setUp({ rule: 0, target: 100, fixed: 0, cap: Infinity, weight: 0, at: 1 });
    // Flat at 0 below X/2, then 2t up to the target, then flat: concave from X/2 on.
    expect(concaveFrom(table, 0)).toBe(50);
  });

  it('takes a quota’s pay, steep then flat, as concave everywhere', () => {
    const { table } = setUp({ rule: 3, target: 100, fixed: 5, cap: Infinity, weight: 0, at: 1 });
    expect(concaveFrom(table, 0)).toBe(-Infinity);
  });

  it('takes a table with a NaN as concave nowhere', () => {
    const { table } = setUp({ rule: 3, target: 100, fixed: 5, cap: Infinity, weight: 0, at: 1 });
    table[SLOPE] = NaN;
    expect(concaveFrom(table, 0)).toBe(Infinity);
  });

  it('gives a point above which pay lies on or above each of its chords', () => {
    fc.assert(
      fc.property(cells, fc.double({ min: 0, max: 1, noNaN: true }), (c, w) => {
        const { table, viewed } = setUp(c);
        const from = concaveFrom(table, 0);
        // Two sales above the point and one between them: pay lies on or above the chord.
        const a = Math.max(from, 0) + c.target * Math.abs(c.at);
        const b = a + c.target;
        const m = a + w * (b - a);
        const chord = viewed(a) + w * (viewed(b) - viewed(a));
        expect(viewed(m)).toBeGreaterThanOrEqual(chord - 1e-9 * (1 + Math.abs(chord)));
      }),
      { ...FAST_CHECK, numRuns: 500 },
    );
  });
});
