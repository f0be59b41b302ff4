import { describe, expect, it } from 'vitest';
import { fastExp } from '$lib/engine/fastExp';
import { normalCdf } from '$lib/engine/normalCdf';
import { makePlan } from '$lib/engine/plan';
import { log } from '$lib/engine/portableMath';
import { trialStream } from '$lib/engine/random';
import { runInProcess } from '$lib/engine/runInProcess';
import { expectedFines } from '$lib/engine/schemes/fines';
import { pharmaLetterModule } from '$lib/engine/schemes/pharmaLetterModule';
import type { PharmaLetterScheme } from '$lib/engine/types';
import { expectWithinSe, rep } from '../helpers';
import { oneRepContext } from './context';

const letter: PharmaLetterScheme = {
  kind: 'pharma-letter',
  id: 'letter',
  label: 'letter',
  quota: { kind: 'fixed', values: [405, 495, 495, 205.022] },
  statedTotal: 2000.022,
  basePay: { kind: 'fixed', values: [3] },
  performancePay: { kind: 'fixed', values: [6] },
  excessRate: 0.005,
  fines: [],
  review: { periods: 4, penalty: 0 },
  expenseBudget: 129.997,
  periodsPerYear: 4,
};

function payQuarters(scheme: PharmaLetterScheme, sales: number[]) {
  const planned = pharmaLetterModule.plan(scheme, oneRepContext(sales.map(() => 400)));
  const out = new Float64Array(sales.length);
  const events = new Float64Array(planned.events.length);
  const deductions = new Float64Array(planned.deductions?.length ?? 0);
  const context = { periods: sales.length, duties: trialStream(1, 0), events, deductions };
  pharmaLetterModule.payRep(planned, 0, Float64Array.from(sales), out, context);
  const taken = Array.from(deductions);
  return { pay: Array.from(out), events: Array.from(events), fines: taken[0], taken };
}

describe('pharmaceutical letter', () => {
  it('pays base in full, performance pay · Y/Q below the quota, 0.5% of the excess above', () => {
    const { pay } = payQuarters(letter, [405, 396, 595, 0]);
    expect(pay[0]).toBeCloseTo(9, 12);
    expect(pay[1]).toBeCloseTo(3 + (6 * 396) / 495, 12);
    expect(pay[2]).toBeCloseTo(9 + 0.005 * 100, 12);
    expect(pay[3]).toBeCloseTo(3, 12);
  });

  it('a unit of sales is worth performance pay / Q below the quota and 0.005 above it', () => {
    const below = payQuarters(letter, [300, 0, 0, 0]).pay[0];
    const below1 = payQuarters(letter, [301, 0, 0, 0]).pay[0];
    const above = payQuarters(letter, [500, 0, 0, 0]).pay[0];
    const above1 = payQuarters(letter, [501, 0, 0, 0]).pay[0];
    expect(below1 - below).toBeCloseTo(6 / 405, 12);
    expect(above1 - above).toBeCloseTo(0.005, 12);
  });

  it('tallies its fines apart from the pay they come off', () => {
    // Three revisits required a quarter and none made (expected 0): 3 × 0.005 every quarter,
    // as the letter's 50 yuan per missed revisit in 10,000 yuan; no breach expected, none fined.
    const fines = [
      { kind: 'shortfall' as const, id: 'r', label: 'r', amount: 0.005, required: 3, expected: 0 },
      { kind: 'events' as const, id: 'b', label: 'b', amount: 0.005, expected: 0 },
    ];
    const fined = payQuarters({ ...letter, fines }, [405, 396, 595, 0]);
    const plain = payQuarters(letter, [405, 396, 595, 0]);
    expect(fined.fines).toBeCloseTo(4 * 3 * 0.005, 15);
    fined.pay.forEach((pay, q) => expect(pay).toBeCloseTo(plain.pay[q] - 0.015, 12));
    expect(plain.fines).toBe(0);
  });

  it('tallies the penalties it takes off pay apart from it, when it sets any', () => {
    const receivables = { target: 118, expected: 125, sigma: 0.5, penalty: 3 };
    const strict = { ...letter, review: { periods: 1, penalty: 2 }, receivables };
    const lenient = { ...strict, review: { periods: 1, penalty: 0 } };
    const free = { ...lenient, receivables: { ...receivables, penalty: 0 } };
    const ids = (scheme: PharmaLetterScheme) =>
      pharmaLetterModule
        .plan(scheme, oneRepContext([400, 400, 400, 400]))
        .deductions?.map((d) => d.id);
    expect(ids(strict)).toEqual(['fines', 'penalties']);
    expect(ids(lenient)).toEqual(['fines', 'penalties']);
    expect(ids(free)).toEqual(['fines']);

    // Two quarters short of 405 and 495: two reviews; the receivables draw on its own stream.
    const sales = [400, 490, 500, 210];
    const paid = payQuarters(strict, sales);
    const [reviews, missed] = paid.events;
    expect(reviews).toBe(2);
    expect(paid.taken[1]).toBe(2 * reviews + 3 * missed);
    const sum = (pay: number[]) => pay.reduce((a, b) => a + b, 0);
    expect(sum(payQuarters(free, sales).pay) - sum(paid.pay)).toBeCloseTo(paid.taken[1], 12);
  });

  it('counts a review after four quarters missed in a row, and only then', () => {
    expect(payQuarters(letter, [400, 490, 490, 200]).events).toEqual([1]);
    expect(payQuarters(letter, [400, 490, 495, 200]).events).toEqual([0]);
    const eight = { ...letter, quota: { kind: 'fixed' as const, values: [100] } };
    const planned = pharmaLetterModule.plan(eight, oneRepContext(new Array(9).fill(90)));
    const events = new Float64Array(1);
    const context = {
      periods: 9,
      duties: trialStream(1, 0),
      events,
      deductions: new Float64Array(1),
    };
    pharmaLetterModule.payRep(
      planned,
      0,
      new Float64Array(9).fill(90),
      new Float64Array(9),
      context,
    );
    expect(events[0]).toBe(2);
  });

  it('misses no quarter short of the quota by rounding only, and every real shortfall', () => {
    const everyQuarter = { ...letter, review: { periods: 1, penalty: 0 } };
    const quotas = [405, 495, 495, 205.022];
    const hair = payQuarters(
      everyQuarter,
      quotas.map((q) => q * (1 - 2 ** -45)),
    );
    expect(hair.events).toEqual([0]);
    expect(
      payQuarters(
        everyQuarter,
        quotas.map((q) => q * (1 - 1e-9)),
      ).events,
    ).toEqual([4]);
  });

  it('never reviews a rep whose sales never vary and equal the quota', () => {
    // Such a rep's draw e^(ln m) misses m by an ulp for these quotas, below them.
    const quotas = [550, 800, 120, 550];
    expect(quotas.some((q) => fastExp(log(q)) < q)).toBe(true);
    const scheme = {
      ...letter,
      quota: { kind: 'fixed' as const, values: quotas },
      review: { periods: 1, penalty: 100 },
    };
    const steady = [rep('s', quotas, 0)];
    const plan = makePlan({ seed: 2, trials: 20, schemes: [scheme] }, steady);
    const summary = runInProcess(plan, steady, 'letter').schemes[0];
    expect(summary.hitRate.mean).toBe(1);
    expect(summary.events?.[0].perRepYear.mean).toBe(0);
    expect(summary.payout.mean).toBeCloseTo(4 * 9, 9);
  });

  it('summarises the penalties per horizon as the payout they take away on the same draws', () => {
    const reps = [rep('a', [400, 490, 500, 210], 0.12), rep('b', [380, 470, 480, 200], 0.2)];
    const receivables = { target: 118, expected: 125, sigma: 0.1, penalty: 2 };
    const strict = { ...letter, review: { periods: 1, penalty: 1 }, receivables };
    const free = {
      ...strict,
      review: { periods: 1, penalty: 0 },
      receivables: { ...receivables, penalty: 0 },
    };
    const run = (scheme: PharmaLetterScheme) =>
      runInProcess(makePlan({ seed: 4, trials: 2000, schemes: [scheme] }, reps), reps, 'letter')
        .schemes[0];
    const taken = run(strict);
    const penalties = taken.deductions?.find((d) => d.id === 'penalties')?.amount.mean;
    expect(penalties).toBeGreaterThan(0);
    expect(run(free).payout.mean - taken.payout.mean).toBeCloseTo(penalties ?? NaN, 9);
  });

  it('expected pay falls as the quota rises: haggling it down always pays the rep', () => {
    const meanPay = (q: number) => {
      const scheme = { ...letter, quota: { kind: 'fixed' as const, values: [q] } };
      const plan = makePlan({ seed: 3, trials: 2000, schemes: [scheme] }, [rep('d', [400], 0.2)]);
      return runInProcess(plan, [rep('d', [400], 0.2)], 'letter').schemes[0].payout.mean;
    };
    const pays = [300, 350, 400, 450, 500].map(meanPay);
    pays.slice(1).forEach((p, k) => expect(p).toBeLessThan(pays[k]));
  });

  it('reports reviews per rep-year as P(all four quarters missed), the expense as a cost', () => {
    const reps = [rep('a', [400, 490, 500, 210], 0.12), rep('b', [380, 470, 480, 200], 0.2)];
    const fines = [{ kind: 'events' as const, id: 'b', label: 'b', amount: 0.005, expected: 3 }];
    const receivables = { target: 118, expected: 125, sigma: 0.1, penalty: 0 };
    const scheme = { ...letter, fines, receivables };
    const plan = makePlan({ seed: 8, trials: 40_000, schemes: [scheme] }, reps);
    const summary = runInProcess(plan, reps, 'letter').schemes[0];

    // Quarters are independent lognormals: P(Y < Q) = Φ((ln Q − μ)/σ), μ = ln m − σ²/2.
    const quotas = [405, 495, 495, 205.022];
    const missAll = (r: (typeof reps)[number]) =>
      r.mean.reduce((p, m, q) => {
        const mu = Math.log(m) - (r.sigma * r.sigma) / 2;
        return p * normalCdf((Math.log(quotas[q]) - mu) / r.sigma);
      }, 1);
    const [review, missed] = summary.events ?? [];
    expect(review.id).toBe('review');
    expectWithinSe(
      review.perRepYear.mean,
      (missAll(reps[0]) + missAll(reps[1])) / 2,
      review.perRepYear.se,
      4,
    );
    // Collections e^{σZ − σ²/2}·125 < 118 with probability Φ((ln(118/125) + σ²/2)/σ).
    const pMissed = normalCdf((Math.log(118 / 125) + 0.005) / 0.1);
    expectWithinSe(missed.perRepYear.mean, pMissed, missed.perRepYear.se, 4);

    const cost = summary.cost ?? { mean: NaN, se: NaN };
    expect(cost.mean - summary.payout.mean).toBeCloseTo(2 * 129.997, 8);
    // Same seed, same sales (the fines have their own stream): the payouts differ by the
    // fines alone, 8 rep-quarters of Poisson(3) counts at 0.005, variance 8·0.005²·3 a trial.
    const plain = makePlan({ seed: 8, trials: 40_000, schemes: [letter] }, reps);
    const withoutFines = runInProcess(plain, reps, 'letter').schemes[0].payout.mean;
    const fineSe = Math.sqrt((8 * 0.005 ** 2 * 3) / 40_000);
    expectWithinSe(withoutFines - summary.payout.mean, 8 * expectedFines(fines), fineSe, 4);
  });
});
