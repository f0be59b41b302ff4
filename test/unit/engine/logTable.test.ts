import { describe, expect, it } from 'vitest';
import { BASES, BASE_HI, BASE_LO, OFFSETS, RECIPROCALS } from '$lib/engine/logTable';
import { exactLog } from './exactMath';

const STEPS = 257;

describe('logTable', () => {
  it('covers [√½, √2) in steps of 2^−9 below 1 and 2^−8 above, each base of 9 bits', () => {
    expect(BASES[0]).toBeLessThanOrEqual(Math.SQRT1_2);
    expect(BASES[STEPS]).toBeGreaterThan(Math.SQRT2);
    for (let j = 0; j < STEPS; j++) {
      expect(BASES[j + 1] - BASES[j], `step ${j}`).toBe(BASES[j] < 1 ? 2 ** -9 : 2 ** -8);
      expect(Number.isInteger(BASES[j] * 512), `step ${j}`).toBe(true);
    }
  });

  it('holds a reciprocal of 9 bits per step that keeps |m·c − 1| within 2^−8 across it', () => {
    for (let j = 0; j < STEPS; j++) {
      const c = RECIPROCALS[j];
      expect(Number.isInteger(c * (c > 1 ? 256 : 512)), `step ${j}`).toBe(true);
      for (const m of [BASES[j], BASES[j + 1]]) {
        expect(Math.abs(m * c - 1), `step ${j}`).toBeLessThanOrEqual(2 ** -8);
      }
    }
  });

  it('holds the offset base·c − 1 exactly, in integers at 2^−18', () => {
    for (let j = 0; j < STEPS; j++) {
      const exact = BigInt(BASES[j] * 512) * BigInt(RECIPROCALS[j] * 512) - 262144n;
      expect(OFFSETS[j] * 262144, `step ${j}`).toBe(Number(exact));
    }
  });

  it('holds −log c + offset as a multiple of 2^−40 and a rest, within 2^−90 of the truth', () => {
    for (let j = 0; j < STEPS; j++) {
      const hi = BASE_HI[j];
      expect(Number.isInteger(hi * 2 ** 40), `step ${j}`).toBe(true);
      const { m, e } = exactLog(RECIPROCALS[j]);
      // hi + lo − (offset − log c), at 2^e, as a whole number of 2^−90.
      const at = (x: number, bits: number) =>
        BigInt(Math.round(x * 2 ** bits)) * 2n ** BigInt(-e - bits);
      const off = at(hi, 40) + at(BASE_LO[j], 100) - at(OFFSETS[j], 18) + m;
      expect(Number(off / 2n ** BigInt(-e - 90)), `step ${j}`).toBe(0);
    }
  });
});
