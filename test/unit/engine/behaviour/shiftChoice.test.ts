import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLE_STRIDE, writePieces } from '$lib/engine/behaviour/payPieces';
import { periodRule, rulePay, type PeriodRule } from '$lib/engine/behaviour/periodRule';
import { chooseShift, inverseCurvature } from '$lib/engine/behaviour/shiftChoice';
import { shiftInput, type ShiftInput } from '$lib/engine/behaviour/timing';
import { selfSet } from '$lib/engine/schemes/selfSet';
import { FAST_CHECK } from '../helpers';

const RULES: PeriodRule[] = [
  periodRule(selfSet(0.05, 'zero'))!,
  periodRule(selfSet(0.05, 'none'))!,
  { kind: 'haggled-quota', excessRate: 0.005 },
  { kind: 'checkpoint', rate: 0.05, every: 3 },
];

/** A decision's input with its table written; `jump` is the step the table leaves out. */
function decision(rule: PeriodRule, fields: Partial<ShiftInput>) {
  const input = Object.assign(shiftInput(rule), { target: 100, fixed: 5 }, fields);
  input.inverse = inverseCurvature(input.curvature);
  const table = new Float64Array(TABLE_STRIDE);
  const pieces = writePieces(input, table, 0);
  const jump = rule.kind === 'checkpoint' ? input.fixed : 0;
  return { input, table, jump, pieces };
}

/** What the period is worth after shifting s, from the rule's own pay. */
function worth(input: ShiftInput, s: number): number {
  const y = input.sales - s;
  const pay = rulePay(input.rule, input.target, y, input.fixed, input.cap);
  return pay + input.nextMarginal * s - 0.5 * input.curvature * s * s;
}

describe('chooseShift', () => {
  const cases = fc.record({
    rule: fc.integer({ min: 0, max: RULES.length - 1 }),
    sales: fc.double({ min: 0, max: 250, noNaN: true }),
    maxPull: fc.double({ min: 0, max: 60, noNaN: true }),
    maxPush: fc.double({ min: 0, max: 60, noNaN: true }),
    nextMarginal: fc.double({ min: 0, max: 0.2, noNaN: true }),
    curvature: fc.double({ min: 0.0001, max: 0.02, noNaN: true }),
  });

  it('returns what the period is worth after the shift it chooses', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const { rule, ...fields } = c;
        const { input, table, jump, pieces } = decision(RULES[rule], fields);
        chooseShift(input, table, 0, jump, pieces);
        // Within the bounds up to the rounding of sales ± a bound, where the pieces are cut.
        const ulps = 1e-12 * (c.sales + c.maxPull + c.maxPush);
        expect(input.shift).toBeGreaterThanOrEqual(-c.maxPull - ulps);
        expect(input.shift).toBeLessThanOrEqual(c.maxPush + ulps);
        expect(input.value).toBeCloseTo(worth(input, input.shift), 9);
        expect(input.value).toBeGreaterThanOrEqual(worth(input, 0) - 1e-9);
      }),
      { ...FAST_CHECK, numRuns: 500 },
    );
  });

  it('finds a shift worth at least the best of a fine grid over every allowed shift', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const { rule, ...fields } = c;
        const { input, table, jump, pieces } = decision(RULES[rule], fields);
        chooseShift(input, table, 0, jump, pieces);
        // Independent of the pieces: the rule's own pay on 4,001 shifts, ends included.
        let best = -Infinity;
        const steps = 4000;
        for (let k = 0; k <= steps; k++) {
          const s = -c.maxPull + ((c.maxPull + c.maxPush) * k) / steps;
          best = Math.max(best, worth(input, s));
        }
        const slack = 1e-9 * (1 + Math.abs(best));
        expect(input.value).toBeGreaterThanOrEqual(best - slack);
        expect(worth(input, input.shift)).toBeGreaterThanOrEqual(best - slack);
      }),
      { ...FAST_CHECK, numRuns: 500 },
    );
  });

  it('stays put when nothing may move, worth the pay on the sales made', () => {
    for (const rule of RULES) {
      const { input, table, jump, pieces } = decision(rule, { sales: 97, curvature: 0.005 });
      input.nextMarginal = 0.05;
      chooseShift(input, table, 0, jump, pieces);
      expect(input.shift).toBe(0);
      expect(input.value).toBeCloseTo(rulePay(rule, 100, 97, 5, Infinity), 12);
    }
  });

  it('stays put when moving is free but gains nothing, with no NaN from 1/0', () => {
    // Past the quota a unit pays the excess rate now and, here, exactly as much next period.
    const rule: PeriodRule = { kind: 'haggled-quota', excessRate: 0.005 };
    const { input, table, jump, pieces } = decision(rule, {
      sales: 130,
      maxPull: 20,
      maxPush: 20,
      nextMarginal: 0.005,
      curvature: 0,
    });
    chooseShift(input, table, 0, jump, pieces);
    expect(input.shift).toBe(0);
  });

  it('reaches a checkpoint’s target exactly to keep its stake, and loses it by pushing', () => {
    const rule: PeriodRule = { kind: 'checkpoint', rate: 0.05, every: 3 };
    const short = decision(rule, {
      sales: 96,
      maxPull: 10,
      maxPush: 10,
      nextMarginal: 0.05,
      curvature: 0.001,
    });
    chooseShift(short.input, short.table, 0, short.jump, short.pieces);
    expect(short.input.sales - short.input.shift).toBeCloseTo(100, 9);
    const onTarget = decision(rule, { ...short.input, sales: 100, shift: 0 });
    onTarget.input.nextMarginal = 0.2;
    chooseShift(onTarget.input, onTarget.table, 0, onTarget.jump, onTarget.pieces);
    // The next period pays 0.2 a unit against 0.05 now, but the stake of 5 is worth more.
    expect(onTarget.input.shift).toBe(0);
  });
});
