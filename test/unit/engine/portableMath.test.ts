import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exp, expm1, log, log1p } from '$lib/engine/portableMath';
import { exactExp, exactExpm1, exactLog, exactLog1p, ulpsFrom, type Exact } from './exactMath';
import { FAST_CHECK } from './helpers';

const bits = new BigInt64Array(1);
const view = new Float64Array(bits.buffer);

/** Doubles in order as integers: −0 and +0 meet at 0, neighbours differ by 1. */
function ordinal(x: number): bigint {
  view[0] = x;
  return bits[0] < 0n ? -(bits[0] & 0x7fffffffffffffffn) : bits[0];
}

/** Distance in ulps between two doubles; 0 for two NaNs, ∞ for NaN against a number. */
function ulps(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  const d = ordinal(a) - ordinal(b);
  return Number(d < 0n ? -d : d);
}

type Pair = [string, (x: number) => number, (x: number) => number, (x: number) => Exact];
const FUNCTIONS: Pair[] = [
  ['exp', exp, Math.exp, exactExp],
  ['expm1', expm1, Math.expm1, exactExpm1],
  ['log', log, Math.log, exactLog],
  ['log1p', log1p, Math.log1p, exactLog1p],
];

/** Arguments of every kind: any double, and each function's working range, densely. */
const ARGUMENTS: Record<string, fc.Arbitrary<number>> = {
  exp: fc.oneof(fc.double(), fc.double({ min: -746, max: 710 }), fc.double({ min: -1, max: 1 })),
  expm1: fc.oneof(fc.double(), fc.double({ min: -40, max: 710 }), fc.double({ min: -1, max: 1 })),
  log: fc.oneof(fc.double(), fc.double({ min: 0, max: 4 }), fc.double({ min: 0, max: 1e-300 })),
  log1p: fc.oneof(
    fc.double(),
    fc.double({ min: -1, max: 2 }),
    fc.double({ min: -1e-3, max: 1e-3 }),
  ),
};

/** Where the functions give a finite, nonzero value the exact references can be asked for. */
const FINITE: Record<string, fc.Arbitrary<number>> = {
  exp: fc.double({ min: -745, max: 709.7, noNaN: true }),
  expm1: fc.double({ min: -40, max: 709.7, noNaN: true }).filter((x) => x !== 0),
  log: fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }),
  log1p: fc.double({ min: -1 + 2 ** -53, max: 1e300, noNaN: true }).filter((x) => x !== 0),
};

describe('portable exp, expm1, log and log1p', () => {
  for (const [name, portable, builtIn] of FUNCTIONS) {
    it(`${name} is within one ulp of Math.${name} for any double`, () => {
      fc.assert(
        fc.property(ARGUMENTS[name], (x) => ulps(portable(x), builtIn(x)) <= 1),
        { ...FAST_CHECK, numRuns: 30_000 },
      );
    });
  }

  for (const [name, portable, , exact] of FUNCTIONS) {
    it(`${name} rounds to the nearest double but within 1/32 ulp of a halfway point`, () => {
      fc.assert(
        fc.property(FINITE[name], (x) => Math.abs(ulpsFrom(portable(x), exact(x))) <= 0.5 + 1 / 32),
        { ...FAST_CHECK, numRuns: 20_000 },
      );
    });
  }

  it('log of every power of two is k·ln 2 rounded to nearest, subnormals included', () => {
    for (let k = -1074; k <= 1023; k++) {
      const x = 2 ** k;
      expect(Math.abs(ulpsFrom(log(x), exactLog(x)))).toBeLessThanOrEqual(0.5 + 1 / 32);
      if (k < -53) continue; // x − 1 is exact from here on
      expect(Math.abs(ulpsFrom(log1p(x - 1), exactLog(x)))).toBeLessThanOrEqual(0.5 + 1 / 32);
    }
  });

  it('log1p rounds to nearest past ±2^−8, where 1 + x loses many ulps of the result', () => {
    // What 1 + x rounding loses, as log1p hands it on: ~2^−53, against an ulp of 2^−61 here.
    const rest = (x: number) => {
      const u = 1 + x;
      return (1 - (u - (u - 1)) + (x - (u - 1))) / u;
    };
    const ulpOf = (v: number) => 2 ** (Math.floor(Math.log2(Math.abs(v))) - 52);
    expect(Math.abs(rest(2 ** -8 + 3 * 2 ** -54)) / ulpOf(log1p(2 ** -8))).toBeGreaterThan(100);
    for (let k = 0; k < 2000; k++) {
      for (const x of [2 ** -8 + k * 2 ** -54, -(2 ** -8) - k * 2 ** -54, 2 ** -7 + k * 2 ** -53]) {
        expect(Math.abs(ulpsFrom(log1p(x), exactLog1p(x)))).toBeLessThanOrEqual(0.5 + 1 / 32);
      }
    }
  });

  it('exp near every k·ln 2 rounds as the true value does, from 2^−1074 to 2^1023', () => {
    // k·ln 2 in doubles misses ln 2's multiples by up to 2^−44, so e^x is 2^k only to ~100 ulp:
    // the exact reference, not 2^k, is the measure.
    for (let k = -1074; k <= 1023; k++) {
      for (const x of [k * Math.LN2, (k + 0.5) * Math.LN2]) {
        if (x > 709.7) continue;
        expect(Math.abs(ulpsFrom(exp(x), exactExp(x)))).toBeLessThanOrEqual(0.5 + 1 / 32);
      }
    }
  });

  it('give IEEE special values as Math does: ±0, ±∞, NaN, overflow, underflow, poles', () => {
    const cases: [(x: number) => number, number, number][] = [
      [exp, 0, 1],
      [exp, -0, 1],
      [exp, Infinity, Infinity],
      [exp, -Infinity, 0],
      [exp, NaN, NaN],
      [exp, 709.8, Infinity],
      [exp, -745.2, 0],
      [exp, -745.1, Number.MIN_VALUE],
      [expm1, 0, 0],
      [expm1, -0, -0],
      [expm1, Infinity, Infinity],
      [expm1, -Infinity, -1],
      [expm1, NaN, NaN],
      [expm1, Number.MIN_VALUE, Number.MIN_VALUE],
      [expm1, -50, -1],
      [log, 1, 0],
      [log, 0, -Infinity],
      [log, -0, -Infinity],
      [log, -1, NaN],
      [log, -Infinity, NaN],
      [log, Infinity, Infinity],
      [log, NaN, NaN],
      [log1p, 0, 0],
      [log1p, -0, -0],
      [log1p, -1, -Infinity],
      [log1p, -1.5, NaN],
      [log1p, Infinity, Infinity],
      [log1p, NaN, NaN],
      [log1p, -Number.MIN_VALUE, -Number.MIN_VALUE],
    ];
    for (const [f, x, expected] of cases) expect(f(x), `${f.name}(${x})`).toBe(expected);
  });

  it('exp turns to ∞ and to 0 where the true value rounds there, as Math.exp does', () => {
    for (const x of [709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412]) {
      expect(exp(x)).toBe(Math.exp(x));
    }
  });
});
