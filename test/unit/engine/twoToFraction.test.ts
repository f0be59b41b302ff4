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
  it('gives every 2^(j/2048) rounded to the nearest double', () => {
    const wrong: number[] = [];
    for (let j = 0; j < STEPS; j++) {
      if (!roundsCorrectly(twoToFraction(j, STEPS), j)) wrong.push(j);
    }
    expect(wrong).toEqual([]);
  });

  it('the exact check rejects a value one ulp off', () => {
    const x = twoToFraction(36, STEPS);
    expect(roundsCorrectly(x, 36)).toBe(true);
    expect(roundsCorrectly(x + Number.EPSILON, 36)).toBe(false);
    expect(roundsCorrectly(x - Number.EPSILON, 36)).toBe(false);
  });
});
