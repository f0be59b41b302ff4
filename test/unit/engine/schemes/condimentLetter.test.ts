import { describe, expect, it } from 'vitest';
import { fastExp } from '$lib/engine/fastExp';
import { makePlan } from '$lib/engine/plan';
import { log } from '$lib/engine/portableMath';
import { trialStream } from '$lib/engine/random';
import { runInProcess } from '$lib/engine/runInProcess';
import { mixCommission, skuThreshold } from '$lib/engine/schemes/condimentLetter';
import { condimentLetterModule } from '$lib/engine/schemes/condimentLetterModule';
import { expectedFines } from '$lib/engine/schemes/fines';
import type { CondimentLetterScheme, Sku } from '$lib/engine/types';
import { expectWithinSe, meanAndSe, rep } from '../helpers';
import { oneRepContext } from './context';

const skus: Sku[] = [
  {
    id: 'a',
    label: 'a',
    commissionPerCase: 2,
    share: 0.5,
    target: { kind: 'fixed', values: [50] },
  },
  {
    id: 'b',
    label: 'b',
    commissionPerCase: 4,
    share: 0.5,
    target: { kind: 'fixed', values: [50] },
  },
];
const letter: CondimentLetterScheme = {
  kind: 'condiment-letter',
  id: 'l',
  label: 'l',
  skus,
  baseSalary: { kind: 'fixed', values: [1000] },
  settleEvery: 2,
  demotion: { periods: 2, penalty: 0 },
  fines: [],
  periodsPerYear: 12,
};

/** Pays one rep the given months; returns the pay per month and the demotions counted. */
function payMonths(scheme: CondimentLetterScheme, sales: number[]) {
  const planned = condimentLetterModule.plan(scheme, oneRepContext(sales.map(() => 100)));
  const out = new Float64Array(sales.length);
  const events = new Float64Array(1);
  const deductions = new Float64Array(planned.deductions?.length ?? 0);
  const context = { periods: sales.length, duties: trialStream(1, 0), events, deductions };
  condimentLetterModule.payRep(planned, 0, Float64Array.from(sales), out, context);
  const pay = Array.from(out, (p) => Math.round(p * 1e9) / 1e9);
  const [fines, withheld, penalties] = deductions;
  return { pay, demotions: events[0], fines, withheld, penalties };
}

describe('condiment letter', () => {
  it('mixCommission weighs each SKU per-case commission by its share of cases', () => {
    expect(mixCommission(skus)).toBe(3);
  });

  it('skuThreshold is the total at which the SKU furthest behind meets its target', () => {
    const uneven = [skus[0], { ...skus[1], share: 0.25 }];
    expect(skuThreshold(uneven, (k) => [60, 40][k])).toBe(160);
    expect(skuThreshold(uneven, () => 0)).toBe(0);
    expect(skuThreshold([{ ...skus[0], share: 0 }], () => 1)).toBe(Infinity);
  });

  it('withholds a missed block and pays all of it once cumulative sales catch up', () => {
    // Targets 100 a month, 3 yuan a case, base 1000. Months 110, 80: block 570 withheld
    // (cumulative 190 < 200). Months 90, 150: block 720 withheld too (90 missed), but
    // cumulative 430 ≥ 400, so 570 + 720 are paid at the close of month 4. Months 100, 100:
    // on target, 600 paid. Months 80 and 90 in a row: one demotion.
    expect(payMonths(letter, [110, 80, 90, 150, 100, 100])).toMatchObject({
      pay: [1000, 1000, 1000, 2290, 1000, 1600],
      demotions: 1,
    });
  });

  it('pays an on-schedule block at once and the withheld one only on catching up', () => {
    // 80, 100: 540 withheld (cumulative 180 < 200). 110, 110: block 660 paid, and cumulative
    // 400 ≥ 400 releases the 540 in the same month.
    expect(payMonths(letter, [80, 100, 110, 110]).pay).toEqual([1000, 1000, 1000, 2200]);
    // 60, 100: 480 withheld. 100, 100: block 600 paid, cumulative 360 < 400: never caught up.
    expect(payMonths(letter, [60, 100, 100, 100]).pay).toEqual([1000, 1000, 1000, 1600]);
  });

  it('counts sales short of a target by rounding only as on it, monthly and cumulatively', () => {
    const hair = 1 - 2 ** -45;
    const short = payMonths(letter, [100 * hair, 100 * hair, 100 * hair, 100 * hair]);
    expect(short).toMatchObject({ pay: [1000, 1600, 1000, 1600], demotions: 0, withheld: 0 });
    // 90 missed: 570 withheld; cumulative 400 by rounding only releases it with block 2.
    const caught = payMonths(letter, [90, 100, 100, 110 - 400 * 2 ** -45]);
    expect(caught).toMatchObject({ pay: [1000, 1000, 1000, 2200], withheld: 0 });
    // A real shortfall still counts: 1e-9 of the target.
    const missed = payMonths(letter, [100, 100 * (1 - 1e-9), 100, 100]);
    expect(missed.pay[1]).toBe(1000);
  });

  it('pays a rep whose sales never vary and equal the targets as one a hair above them', () => {
    const targets = [90, 95, 110, 130, 100, 90, 85, 85, 80, 80, 85, 90];
    const byMonth = { kind: 'fixed' as const, values: targets.map((t) => t / 2) };
    const scheme = { ...letter, skus: skus.map((sku) => ({ ...sku, target: byMonth })) };
    const payOf = (mean: number[]) => {
      const reps = [rep('s', mean, 0)];
      const plan = makePlan({ seed: 1, trials: 10, schemes: [scheme] }, reps);
      return runInProcess(plan, reps, 'l').schemes[0];
    };
    // Such a rep's draw e^(ln m) misses m by an ulp below for some of these months.
    expect(targets.some((t) => fastExp(log(t)) < t)).toBe(true);
    const exact = payOf(targets);
    const above = payOf(targets.map((t) => t * (1 + 1e-12)));
    expect(exact.payout.mean).toBeCloseTo(above.payout.mean, 6);
    expect(exact.payout.mean).toBeCloseTo(12 * 1000 + 3 * targets.reduce((a, b) => a + b), 6);
    expect(exact.events?.[0].perRepYear.mean).toBe(0);
  });

  it('tallies its fines and the commission still withheld at the end apart from the pay', () => {
    // A duty never done (expected 0) is fined on every required unit: 8 outlets at 10 yuan,
    // 80 a month, with no draw left to chance; a breach expected 0 times is never fined.
    const fines = [
      { kind: 'shortfall', id: 'o', label: 'o', amount: 10, required: 8, expected: 0 },
      { kind: 'events', id: 'f', label: 'f', amount: 10, expected: 0 },
    ] as const;
    const fined = { ...letter, fines: [...fines] };
    // 60, 100: 480 withheld; 100, 100: 600 paid, cumulative 360 < 400: 480 never paid.
    const paid = payMonths(fined, [60, 100, 100, 100]);
    expect(paid.fines).toBe(4 * 80);
    expect(paid.withheld).toBe(3 * (60 + 100));
    expect(paid.pay).toEqual([920, 920, 920, 1520]);
    // Caught up by the end: nothing is left withheld.
    expect(payMonths(fined, [80, 100, 110, 110]).withheld).toBe(0);
  });

  it('settles a last block of one month at the end of the horizon', () => {
    expect(payMonths(letter, [100, 100, 120]).pay).toEqual([1000, 1600, 1360]);
  });

  it('counts a demotion for every two months missed in a row and deducts its penalty then', () => {
    const strict = { ...letter, demotion: { periods: 2, penalty: 300 } };
    const { pay, demotions, penalties } = payMonths(strict, [90, 90, 90, 90, 90, 100]);
    expect(demotions).toBe(2);
    // Tallied apart from pay too, as only a letter that sets a penalty does.
    expect(penalties).toBe(600);
    expect(payMonths(letter, [90, 90, 90, 90, 90, 100]).penalties).toBeUndefined();
    // Penalties in months 2 and 4; blocks all withheld, never caught up (cumulative 550 < 600).
    expect(pay).toEqual([1000, 700, 1000, 700, 1000, 1000]);
  });

  it('deducts fines after pay, averaging to their expectation within 4 SE', () => {
    const fines = [
      { kind: 'shortfall', id: 'o', label: 'o', amount: 10, required: 8, expected: 7.5 },
      { kind: 'events', id: 'f', label: 'f', amount: 10, expected: 0.3 },
    ] as const;
    const fined = { ...letter, fines: [...fines] };
    const planned = condimentLetterModule.plan(fined, oneRepContext([100, 100]));
    const out = new Float64Array(2);
    const deductions = new Float64Array(2);
    const context = {
      periods: 2,
      duties: trialStream(5, 0),
      events: new Float64Array(1),
      deductions,
    };
    const total = Float64Array.from({ length: 40_000 }, () => {
      condimentLetterModule.payRep(planned, 0, Float64Array.of(100, 100), out, context);
      return out[0] + out[1];
    });
    const { mean, se } = meanAndSe(total);
    expectWithinSe(mean, 2000 + 600 - 2 * expectedFines(fined.fines), se, 4);
  });
});
