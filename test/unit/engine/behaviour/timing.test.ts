import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selfSet } from '$lib/engine/schemes/selfSet';
import type { TruthTellingScheme } from '$lib/engine/types';
import { periodRule, rulePay, rulePays, type PeriodRule } from '$lib/engine/behaviour/periodRule';
import { ratchetStep } from '$lib/engine/behaviour/ratchet';
import { bestShift, shiftInput, type ShiftInput } from '$lib/engine/behaviour/timing';
import { FAST_CHECK } from '../helpers';

const t = 0.05;
const essay = (floor: TruthTellingScheme['floor'] = 'none') => periodRule(selfSet(t, floor))!;
const family = (alpha: number) => periodRule({ ...selfSet(t, 'none'), alpha })!;
const quota = periodRule({
  kind: 'haggled-quota',
  id: 'q',
  label: 'q',
  performancePayShare: 0.05,
  excessRate: 0.005,
  haggling: { repOpening: 0.2, bossOpening: 0.25, bossPower: 0.5, bossNoise: 0, growth: 0 },
})!;

function input(rule: PeriodRule, fields: Partial<ShiftInput>): ShiftInput {
  const made = shiftInput(rule);
  made.fixed = 5;
  return Object.assign(made, { target: 100, nextMarginal: t, curvature: 0.005 }, fields);
}

/** G(s) of timing.ts, computed here from the rule's pay and the ratchet's step directly. */
function gain(made: ShiftInput, s: number): number {
  const y = made.sales - s;
  const viewed =
    rulePay(made.rule, made.target, y, made.fixed, made.cap) -
    made.weight * ratchetStep(made.target, y, made.up, made.down);
  return viewed + made.nextMarginal * s - 0.5 * made.curvature * s * s;
}

describe('bestShift', () => {
  it('matches a brute-force search over a fine grid of shifts, for every rule and ratchet', () => {
    const rules = [essay('none'), essay('zero'), family(0.02), quota];
    const cases = fc.record({
      rule: fc.integer({ min: 0, max: rules.length - 1 }),
      sales: fc.double({ min: 0, max: 250, noNaN: true }),
      nextMarginal: fc.double({ min: 0, max: 0.12, noNaN: true }),
      maxPull: fc.double({ min: 0, max: 60, noNaN: true }),
      share: fc.double({ min: 0, max: 0.5, noNaN: true }),
      curvature: fc.double({ min: 0, max: 0.02, noNaN: true }),
      weight: fc.double({ min: 0, max: 0.05, noNaN: true }),
      cap: fc.option(fc.double({ min: 1, max: 8, noNaN: true }), { nil: Infinity }),
    });
    fc.assert(
      fc.property(cases, (c) => {
        const made = input(rules[c.rule], {
          sales: c.sales,
          nextMarginal: c.nextMarginal,
          maxPull: c.maxPull,
          maxPush: c.share * c.sales,
          curvature: c.curvature,
          weight: c.weight,
          up: 0.5,
          down: 0.2,
        });
        made.cap = c.cap;
        const best = gain(made, bestShift(made));
        const steps = 20000;
        let grid = -Infinity;
        for (let j = 0; j <= steps; j++) {
          const s = -made.maxPull + ((made.maxPull + made.maxPush) * j) / steps;
          grid = Math.max(grid, gain(made, s));
        }
        expect(best).toBeGreaterThanOrEqual(grid - 1e-9);
      }),
      { ...FAST_CHECK, numRuns: 300 },
    );
  });

  it('pushes sales above the target into the next period when α = 0, never below it', () => {
    const made = input(essay(), { maxPull: 30, curvature: 0.005 });
    for (let sales = 101; sales <= 200; sales += 7) {
      Object.assign(made, { sales, maxPush: 0.3 * sales });
      const s = bestShift(made);
      // Unconstrained push: gain m − α per unit against a marginal cost k·s, so s = m/k = 10.
      expect(s).toBeCloseTo(Math.min(sales - 100, 0.3 * sales, t / 0.005), 9);
    }
  });

  it('pushes fewer sales when α > 0 pays for sales above the target', () => {
    const cases = fc.record({
      sales: fc.double({ min: 100.5, max: 300, noNaN: true }),
      alpha: fc.double({ min: 0.001, max: 0.045, noNaN: true }),
    });
    fc.assert(
      fc.property(cases, ({ sales, alpha }) => {
        const fields = { sales, maxPush: 0.3 * sales, maxPull: 30 };
        const none = bestShift(input(family(0), fields));
        const some = bestShift(input(family(alpha), fields));
        expect(some).toBeLessThanOrEqual(none);
        // Where the push is set by the gain m − α (not by a bound), it falls by α/k.
        if (none === t / 0.005) expect(some).toBeCloseTo((t - alpha) / 0.005, 9);
      }),
      FAST_CHECK,
    );
  });

  it('pulls deals in to reach the target, as far as γ − m pays for moving them', () => {
    const made = input(essay(), { sales: 97, maxPush: 29.1, maxPull: 30 });
    expect(bestShift(made)).toBeCloseTo(-3, 9);
    // 30 short: the shortfall costs γ = 2t, a unit next period earns m = t, so pull t/k = 10.
    Object.assign(made, { sales: 70, maxPush: 21 });
    expect(bestShift(made)).toBeCloseTo(-10, 9);
  });

  it('holds deals back when the target is out of reach under the floor at 0 (giving up)', () => {
    const made = input(essay('zero'), { sales: 30, maxPush: 9, maxPull: 10 });
    // Below X/2 = 50 pay is 0 whatever is sold now, so every deal moved earns m next period.
    expect(bestShift(made)).toBeCloseTo(9, 9);
    expect(bestShift(input(essay('none'), { sales: 30, maxPush: 9, maxPull: 10 }))).toBeLessThan(0);
  });

  it('makes a ratcheted rep hold back sales above its quota', () => {
    const free = input(quota, { sales: 130, maxPush: 39, maxPull: 0, nextMarginal: 0.01 });
    const ratcheted = input(quota, {
      sales: 130,
      maxPush: 39,
      maxPull: 0,
      nextMarginal: 0.01,
      weight: 0.03,
      up: 0.5,
      down: 0.2,
    });
    expect(bestShift(ratcheted)).toBeGreaterThan(bestShift(free));
  });
});

describe('rulePays', () => {
  const rules: PeriodRule[] = [
    essay(),
    essay('zero'),
    { kind: 'truth-telling', scheme: { ...selfSet(t, 'deduct'), basePay: 30 } },
    family(0.02),
    quota,
    { kind: 'haggled-quota', excessRate: 0.005 },
    { kind: 'checkpoint', rate: 0.04, every: 2 },
  ];

  it('gives every rule the pay rulePay gives, bit for bit, at every level', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...rules),
        fc.double({ min: -50, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.oneof(fc.constant(Infinity), fc.double({ min: -5, max: 40, noNaN: true })),
        fc.array(fc.double({ min: -100, max: 1000, noNaN: true }), { minLength: 1, maxLength: 9 }),
        (rule, x, fixed, cap, levels) => {
          const at = Float64Array.from([...levels, x, 0]);
          const out = new Float64Array(at.length + 1).fill(NaN);
          rulePays(rule, x, fixed, cap, at, at.length, out);
          at.forEach((y, j) =>
            expect(Object.is(out[j], rulePay(rule, x, y, fixed, cap))).toBe(true),
          );
          expect(out[at.length]).toBeNaN();
        },
      ),
      FAST_CHECK,
    );
  });
});
