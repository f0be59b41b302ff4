import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trialStream } from '$lib/engine/random';
import { emptyTally, tallyCells, type TrialTally } from '$lib/engine/schemes/cellByCellTally';
import type { PayContext } from '$lib/engine/schemes/module';
import { schemeModule } from '$lib/engine/schemes/registry';
import { selfSet } from '$lib/engine/schemes/selfSet';
import type { HaggledQuotaScheme, PlannedScheme, TruthTellingScheme } from '$lib/engine/types';
import { FAST_CHECK } from '../helpers';

const PERIODS = 4;

interface Paid {
  pay: Float64Array;
  tally: TrialTally;
}

/** Pays every cell through payRep, one rep at a time, then tallies: payTrial must match. */
function perRep(planned: PlannedScheme, sales: Float64Array): Paid {
  const module = schemeModule(planned.scheme.kind);
  const pay = new Float64Array(sales.length);
  const context: PayContext = {
    periods: PERIODS,
    duties: trialStream(1, 0),
    events: new Float64Array(0),
    deductions: new Float64Array(0),
  };
  const reps = sales.length / PERIODS;
  for (let r = 0; r < reps; r++) module.payRep(planned, r, sales, pay, context);
  const tally = emptyTally(reps, PERIODS);
  tallyCells(planned, sales, pay, tally);
  return { pay, tally };
}

function perTrial(planned: PlannedScheme, sales: Float64Array): Paid {
  const pay = new Float64Array(sales.length);
  const tally = emptyTally(sales.length / PERIODS, PERIODS);
  schemeModule(planned.scheme.kind).payTrial?.(planned, sales, pay, tally);
  return { pay, tally };
}

function same(a: Paid, b: Paid): boolean {
  const { sums, squares, periods, ...totals } = a.tally;
  return (
    sameBits(a.pay, b.pay) &&
    sameBits(sums, b.tally.sums) &&
    sameBits(squares, b.tally.squares) &&
    periods === b.tally.periods &&
    Object.entries(totals).every(([key, v]) => Object.is(v, b.tally[key as keyof typeof totals]))
  );
}

function sameBits(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

// Targets (some missing), sales and caps at, around and far from each other, zeros included.
const level = fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constantFrom(0, 1, 100));
const cell = fc.tuple(fc.oneof(level, fc.constant(NaN)), level, level);
const reps = fc.array(fc.tuple(cell, cell, cell, cell), { minLength: 1, maxLength: 10 });

/** Column k (0 target, 1 sales, 2 cap) of every cell, rep by rep. */
function column(rows: [number, number, number][][], k: number): Float64Array {
  return Float64Array.from(rows.flat(), (c) => c[k]);
}

describe('payTrial pays and tallies a whole trial bit for bit as payRep and tallyCells do', () => {
  const floors = fc.constantFrom('none', 'zero', 'deduct') as fc.Arbitrary<
    TruthTellingScheme['floor']
  >;

  it('the truth-telling family, every floor, with and without a cap', () => {
    const cases = fc.record({
      rows: reps,
      floor: floors,
      basePay: fc.constantFrom(0, 3, 250),
      rate: fc.double({ min: 0.001, max: 0.2, noNaN: true }),
      alpha: fc.constantFrom(0, 0.3),
      capped: fc.boolean(),
    });
    fc.assert(
      fc.property(cases, ({ rows, floor, basePay, rate, alpha, capped }) => {
        const target = column(rows, 0);
        const scheme = { ...selfSet(rate, floor, { basePay }), alpha: alpha * rate };
        const planned: PlannedScheme = {
          scheme,
          target,
          fixedPay: new Float64Array(target.length),
          events: [],
        };
        if (capped) planned.cap = column(rows, 2);
        const sales = column(rows, 1);
        return same(perTrial(planned, sales), perRep(planned, sales));
      }),
      FAST_CHECK,
    );
  });

  it('the haggled quota, a quota of 0 and sales of 0 included', () => {
    const scheme: HaggledQuotaScheme = {
      kind: 'haggled-quota',
      id: 'q',
      label: 'q',
      performancePayShare: 0.05,
      excessRate: 0.005,
      haggling: { repOpening: 0.2, bossOpening: 0.2, bossPower: 0.5, bossNoise: 0, growth: 0 },
    };
    fc.assert(
      fc.property(reps, (rows) => {
        const target = column(rows, 0);
        const planned: PlannedScheme = {
          scheme,
          target,
          fixedPay: column(rows, 2),
          events: [],
        };
        const sales = column(rows, 1);
        return same(perTrial(planned, sales), perRep(planned, sales));
      }),
      FAST_CHECK,
    );
  });

  it('is offered by the two stateless kinds RW1 pays', () => {
    expect(schemeModule('truth-telling').payTrial).toBeTypeOf('function');
    expect(schemeModule('haggled-quota').payTrial).toBeTypeOf('function');
  });
});
