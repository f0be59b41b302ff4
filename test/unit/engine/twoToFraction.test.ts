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

  it('the exact check rejects a value one ulp off', () => {
    const [x] = twoToFraction(36, STEPS);
    expect(roundsCorrectly(x, 36)).toBe(true);
    expect(roundsCorrectly(x + Number.EPSILON, 36)).toBe(false);
    expect(roundsCorrectly(x - Number.EPSILON, 36)).toBe(false);
  });
});
