import { describe, expect, it } from 'vitest';
import { BASE_HI, BASE_LO, OFFSETS, RECIPROCALS } from '$lib/engine/logTable';
import { exactLog } from './exactMath';

describe('logTable', () => {
  it('holds, for each step of [√½, √2), an 8-bit reciprocal that keeps |m·c − 1| below 2^−7.2', () => {
    for (let i = 181; i <= 362; i++) {
      const c = RECIPROCALS[i];
      expect(Number.isInteger(c * 128), `step ${i}`).toBe(true);
      const low = Math.max(i / 256, Math.SQRT1_2);
      const high = Math.min((i + 1) / 256, Math.SQRT2);
      expect(Math.abs(low * c - 1), `step ${i}`).toBeLessThan(2 ** -7.2);
      expect(Math.abs(high * c - 1), `step ${i}`).toBeLessThan(2 ** -7.2);
    }
  });

  it('holds the offset (i/256)·c − 1 exactly, in integers at 2^−15', () => {
    for (let i = 181; i <= 362; i++) {
      const exact = BigInt(i) * BigInt(RECIPROCALS[i] * 128) - 32768n;
      expect(OFFSETS[i] * 32768, `step ${i}`).toBe(Number(exact));
    }
  });

  it('holds −log c + offset as a multiple of 2^−40 and a rest, within 2^−90 of the truth', () => {
    for (let i = 181; i <= 362; i++) {
      const hi = BASE_HI[i];
      expect(Number.isInteger(hi * 2 ** 40), `step ${i}`).toBe(true);
      const { m, e } = exactLog(RECIPROCALS[i]);
      // hi + lo − (offset − log c), at 2^e, as a whole number of 2^−90.
      const at = (x: number, bits: number) =>
        BigInt(Math.round(x * 2 ** bits)) * 2n ** BigInt(-e - bits);
      const off = at(hi, 40) + at(BASE_LO[i], 100) - at(OFFSETS[i], 15) + m;
      expect(Number(off / 2n ** BigInt(-e - 90)), `step ${i}`).toBe(0);
    }
  });
});
