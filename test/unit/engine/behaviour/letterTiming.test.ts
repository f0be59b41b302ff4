import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodRule } from '$lib/engine/behaviour/periodRule';
import { bestShift, shiftInput, type ShiftInput } from '$lib/engine/behaviour/timing';
import { meanEstimate } from '$lib/engine/estimate';
import type { BlockResult } from '$lib/engine/types';
import { FAST_CHECK, rep } from '../helpers';
import { condiment, condimentReps, letter, pharma, run, strategic } from './letterFixtures';

const of = (blocks: BlockResult[], s: number, key: 'pushed' | 'pulled' | 'gaveUp' | 'effortCost') =>
  blocks.map((b) => b.behaviour![s][key]);

function total(values: Float64Array[]): number {
  return values.reduce((sum, v) => sum + v.reduce((a, b) => a + b, 0), 0);
}

describe('timing under the pharmaceutical letter', () => {
  const rule = periodRule(pharma('p', 0.005))!;
  const input = (fields: Partial<ShiftInput>): ShiftInput =>
    Object.assign(shiftInput(rule), {
      target: 100,
      fixed: 5,
      nextMarginal: 0.03,
      curvature: 0.001,
      maxPull: 30,
      ...fields,
    });

  it('pushes deals past the quota out, as far as the next unit pays more than 0.5%', () => {
    for (let sales = 101; sales <= 160; sales += 6) {
      const s = bestShift(input({ sales, maxPush: 0.3 * sales }));
      // Gain m − 0.005 a unit against a marginal cost k·s: s = 0.025/0.001 = 25, or the bounds.
      expect(s).toBeCloseTo(Math.min(sales - 100, 0.3 * sales, 25), 9);
    }
  });

  it('pulls deals in to reach the quota, as far as pay/Q − m pays for moving them', () => {
    // Below the quota a unit pays 5/100 now and 0.03 next: pull 0.02/0.001 = 20, or up to Q.
    expect(bestShift(input({ sales: 95, maxPush: 28.5 }))).toBeCloseTo(-5, 9);
    expect(bestShift(input({ sales: 60, maxPush: 18 }))).toBeCloseTo(-20, 9);
  });

  const reps = Array.from({ length: 8 }, (_, r) =>
    rep(
      `r${r}`,
      [100, 130, 90, 120].map((m) => m * (1 + r / 4)),
      0.15 + 0.03 * r,
    ),
  );

  it('makes strategic reps move deals under the letter, and none when pay is linear', () => {
    // At an excess rate equal to the performance pay's share, pay is 0.05·Y on either side.
    const { blocks } = run([pharma('letter', 0.005), pharma('linear', 0.05)], reps, 400);
    const pushed = meanEstimate(of(blocks, 0, 'pushed'));
    const pulled = meanEstimate(of(blocks, 0, 'pulled'));
    expect(pushed.mean).toBeGreaterThan(6 * pushed.se);
    expect(pulled.mean).toBeGreaterThan(6 * pulled.se);
    const sales = total(blocks.map((b) => b.series[1].sales));
    expect(total(of(blocks, 1, 'pushed')) + total(of(blocks, 1, 'pulled'))).toBeLessThan(
      1e-9 * sales,
    );
  });
});

describe('timing under the condiment letter', () => {
  it('pulls deals in to keep a month on target when the stake outweighs moving them', () => {
    const rule = periodRule(letter)!;
    const made = Object.assign(shiftInput(rule), {
      target: 100,
      fixed: 50,
      sales: 90,
      nextMarginal: 4,
      curvature: 0.01,
      maxPull: 30,
      maxPush: 27,
    });
    // Pulling 10 costs 0.01·100/2 = 0.5 and 10·(4 − 3.75) = 2.5 of next month's pay; keeps 50.
    expect(90 - bestShift(made)).toBeGreaterThanOrEqual(100);
    expect(bestShift(made)).toBeCloseTo(-10, 9);
    // 25 short with 30 to pull: reaching it costs 3.125 + 6.25 < 50, so the rep still pulls.
    expect(bestShift(Object.assign(made, { sales: 75, maxPush: 22.5 }))).toBeCloseTo(-25, 9);
    // Exactly the deals it may pull: it pulls them all and lands on the target.
    expect(bestShift(Object.assign(made, { sales: 70, maxPush: 21 }))).toBeCloseTo(-30, 9);
    // On the target exactly: pushing any deal out would lose the stake.
    expect(bestShift(Object.assign(made, { sales: 100, maxPush: 30 }))).toBe(0);
    // Out of reach: nothing at stake now, a unit is worth 4 next month against 3.75 now.
    expect(bestShift(Object.assign(made, { sales: 60, maxPush: 18 }))).toBeCloseTo(18, 9);
  });

  it('matches a brute-force search over a fine grid of shifts, the step at the target included', () => {
    const rule = periodRule(letter)!;
    const cases = fc.record({
      sales: fc.double({ min: 1, max: 250, noNaN: true }),
      stake: fc.double({ min: 0, max: 200, noNaN: true }),
      nextMarginal: fc.double({ min: 0, max: 8, noNaN: true }),
      maxPull: fc.double({ min: 0, max: 60, noNaN: true }),
      share: fc.double({ min: 0, max: 0.5, noNaN: true }),
      curvature: fc.double({ min: 0, max: 0.2, noNaN: true }),
    });
    // G(s), with sales within rounding of the target counted as on it, as the trial loop does.
    const gain = (made: ShiftInput, s: number) => {
      const y = made.sales - s;
      const on = y >= made.target || made.target - y <= 1e-12 * made.target;
      const pay = 3.75 * y + (on ? made.fixed : 0);
      return pay + made.nextMarginal * s - 0.5 * made.curvature * s * s;
    };
    fc.assert(
      fc.property(cases, (c) => {
        const made = Object.assign(shiftInput(rule), {
          target: 100,
          fixed: c.stake,
          sales: c.sales,
          nextMarginal: c.nextMarginal,
          maxPull: c.maxPull,
          maxPush: c.share * c.sales,
          curvature: c.curvature,
        });
        const best = gain(made, bestShift(made));
        // The grid, and the target itself where a shift may reach it.
        const steps = 20000;
        const toTarget = made.sales - made.target;
        const reachable = toTarget <= made.maxPush && -toTarget <= made.maxPull;
        let grid = reachable ? gain(made, toTarget) : -Infinity;
        for (let j = 0; j <= steps; j++) {
          const s = -made.maxPull + ((made.maxPull + made.maxPush) * j) / steps;
          grid = Math.max(grid, gain(made, s));
        }
        expect(best).toBeGreaterThanOrEqual(grid - 1e-9 * Math.max(1, Math.abs(grid)));
      }),
      { ...FAST_CHECK, numRuns: 300 },
    );
  });

  const pushes =
    'makes reps on target push surplus into the next month, almost none if targets are far below sales';
  it(pushes, () => {
    const { blocks } = run([condiment('tight', 1), condiment('easy', 0.5)], condimentReps, 400);
    const tight = meanEstimate(of(blocks, 0, 'pushed'));
    const easy = meanEstimate(of(blocks, 1, 'pushed'));
    expect(tight.mean).toBeGreaterThan(6 * tight.se);
    // Far above a target, one more unit next month barely changes its chance of being met.
    expect(easy.mean).toBeLessThan(0.001 * tight.mean);
  });

  const factors = [1, 1.2, 1.4, 1.6];
  const moving = run(
    factors.map((f) => condiment(`x${f}`, f)),
    condimentReps,
    600,
  );

  it('makes more reps give up as the targets move out of reach', () => {
    const shares = factors.map((_, s) => of(moving.blocks, s, 'gaveUp'));
    for (let s = 1; s < factors.length; s++) {
      const rise = meanEstimate(shares[s], shares[s - 1]);
      expect(rise.mean).toBeGreaterThan(4 * rise.se);
    }
  });

  it('makes reps cut effort as the targets move out of reach: planned, and when a month is lost', () => {
    // Effort dear enough that the commission alone barely pays for it.
    const dear = { ...strategic, effort: { maxLift: 0.2, cost: 1 } };
    const scaled = [0.5, 1.2, 1.6];
    const { plan, blocks } = run(
      scaled.map((f) => condiment(`x${f}`, f)),
      condimentReps,
      400,
      dear,
    );
    const planned = (s: number) => plan.behaviour!.schemes[s].effortCost.reduce((a, b) => a + b, 0);
    const saved = (s: number) =>
      meanEstimate(blocks.map((b) => b.behaviour![s].effortCost.map((v) => planned(s) - v)));

    // Targets far below sales are never out of reach: every rep spends what it planned.
    expect(saved(0).mean).toBeLessThanOrEqual(1e-9 * planned(0));
    // Just out of reach in some months: reps drop the effort of those months.
    expect(saved(1).mean).toBeGreaterThan(4 * saved(1).se);
    // Further out, reps plan less effort in every month from the start.
    const lift = (s: number) => plan.behaviour!.schemes[s].lift;
    lift(2).forEach((g, i) => expect(g).toBeLessThan(lift(1)[i]));
  });
});
