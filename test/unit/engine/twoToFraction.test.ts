import { describe, expect, it } from 'vitest';
import { twoToFraction } from '$lib/engine/twoToFraction';

const STEPS = 2048;

/**
 * Whether x is 2^(j/2048) rounded to nearest, in exact integers: for x = m/2^52 in [1, 2) the
 * true value lies strictly between (2m − 1)/2^53 and (2m + 1)/2^53, so after raising all three
 * to the 2048th power, (2m − 1)^2048 < 2^(j + 53·2048) < (2m + 1)^2048.
 */
function roundsCorrectly(x: number, j: number): boolean {
  if (!(x >= 1 && x < 2)) return false;
  const m = BigInt(x * 2 ** 52);
  const power = 1n << BigInt(j + 53 * STEPS);
  return (2n * m - 1n) ** BigInt(STEPS) < power && power < (2n * m + 1n) ** BigInt(STEPS);
}

/** Working bits of the fixed-point roots below; their own error stays near 2^−310. */
const P = 320n;

function isqrt(n: bigint): bigint {
  let x = 1n << BigInt((n.toString(2).length >> 1) + 1);
  for (;;) {
    const next = (x + n / x) >> 1n;
    if (next >= x) return x;
    x = next;
  }
}

/** 2^(1/2^m) at scale 2^P for m = 1..11, by m square roots of 2. */
const ROOTS: bigint[] = [];
for (let m = 1, v = 2n << P; m <= 11; m++) {
  v = isqrt(v << P);
  ROOTS.push(v);
}

/**
 * 2^(j/2048) at scale 2^P, the product of ROOTS along j's bits: no series and no double
 * arithmetic, unlike twoToFraction itself.
 */
function exactFraction(j: number): bigint {
  let value = 1n << P;
  for (let m = 1; m <= 11; m++) if (j & (STEPS >> m)) value = (value * ROOTS[m - 1]) >> P;
  return value;
}

describe('twoToFraction', () => {
  it('gives every 2^(j/2048) rounded to the nearest double, and the rest below half an ulp', () => {
    const wrong: number[] = [];
    for (let j = 0; j < STEPS; j++) {
      const [hi, lo] = twoToFraction(j, STEPS);
      if (!roundsCorrectly(hi, j) || hi + lo !== hi || lo === 0) wrong.push(j);
    }
    expect(wrong).toEqual([0]);
  });

  it('gives the rest so that hi + lo is within 2^−100 of 2^(j/2048)', () => {
    // (hi + lo)^2048 against 2^j in integers at 2^−170, where hi·2^52 and lo·2^170 are whole.
    const scale = 170n;
    for (const j of [1, 36, 1023, 1024, 2047]) {
      const [hi, lo] = twoToFraction(j, STEPS);
      const value = (BigInt(hi * 2 ** 52) << (scale - 52n)) + BigInt(lo * 2 ** 170);
      let power = 1n << scale;
      for (let k = 0; k < STEPS; k++) power = (power * value) >> scale;
      const target = 1n << (scale + BigInt(j));
      const relative = Number(((power - target) << 128n) / target) / 2 ** 128;
      expect(Math.abs(relative) / STEPS).toBeLessThan(2 ** -100);
    }
  });

  it('gives hi + lo within 2^−103 of 2^(j/2048) for every j, and 2^−104 is not a bound', () => {
    let worst = 0;
    for (let j = 0; j < STEPS; j++) {
      const [hi, lo] = twoToFraction(j, STEPS);
      // hi·2^52 and lo·2^200 are whole: hi ≥ 1, and lo, of 53 bits, lies far above 2^−147.
      const sum = (BigInt(hi * 2 ** 52) << (P - 52n)) + (BigInt(lo * 2 ** 200) << (P - 200n));
      const error = exactFraction(j) - sum;
      worst = Math.max(worst, Math.abs(Number(error)) / 2 ** Number(P));
    }
    expect(worst).toBeLessThan(2 ** -103);
    expect(worst).toBeGreaterThan(2 ** -104);
  });

  it('the exact check rejects a value one ulp off', () => {
    const [x] = twoToFraction(36, STEPS);
    expect(roundsCorrectly(x, 36)).toBe(true);
    expect(roundsCorrectly(x + Number.EPSILON, 36)).toBe(false);
    expect(roundsCorrectly(x - Number.EPSILON, 36)).toBe(false);
  });
});
